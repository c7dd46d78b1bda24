import type { TextLine } from './split-lines.js';

/** Fields of a `---` front-matter block, as written by the live-ingest feature. */
export interface FrontMatter {
  fields: Record<string, string>;
  /** Index of the first line after the closing fence (0 when there is no front matter). */
  bodyLine: number;
}

const MAX_LINES = 40;

/**
 * Reads a leading `---` / `key: value` / `---` block. Without a closing fence within a few
 * lines, or with a line that is not `key: value`, the text has no front matter.
 */
export function readFrontMatter(lines: TextLine[]): FrontMatter {
  const none: FrontMatter = { fields: {}, bodyLine: 0 };
  let first = 0;
  while (first < lines.length && lines[first]!.text.trim() === '') first++;
  if (lines[first]?.text.trim() !== '---') return none;
  const fields: Record<string, string> = {};
  for (let i = first + 1; i < Math.min(lines.length, first + MAX_LINES); i++) {
    const text = lines[i]!.text.trim();
    if (text === '---') return { fields, bodyLine: i + 1 };
    if (text === '') continue;
    const match = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(text);
    if (!match) return none;
    fields[match[1]!.toLowerCase()] = unquote(match[2]!.trim());
  }
  return none;
}

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  return match ? match[2]! : value;
}
