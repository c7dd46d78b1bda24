import { normalizeWords } from './normalize-words.js';
import { blankLine, type TextLine } from './split-lines.js';

/** Repeat detection compares every short line with every other line: bounded for huge files. */
const MAX_REPEAT_LINES = 3000;
const MIN_REPEAT_WORDS = 6;
const MAX_QUOTE_LENGTH = 400;

/** Strips a pull-quote's wrapping quotes and trailing " - Name" attribution. */
function quoteCore(text: string): string {
  return text
    .replace(/^["“‘']+|["”’']+$/gu, '')
    .replace(/\s+[-–—]\s*\p{Lu}[\p{L}.'’ ]{1,40}$/u, '')
    .replace(/^["“‘']+|["”’']+$/gu, '');
}

/**
 * Blanks repeats of the headline (except the line the title was taken from) and pull-quotes
 * or subtitles whose words another, longer line already says verbatim.
 */
export function dropRepeats(input: TextLine[], title: string | null, titleLine: number | null): TextLine[] {
  const lines = [...input];
  const titleWords = title ? normalizeWords(title) : null;
  const present = lines
    .map((l, i) => ({ i, words: l.text ? normalizeWords(l.text) : '' }))
    .filter((l) => l.words);
  if (present.length > MAX_REPEAT_LINES) return lines;
  for (const line of present) {
    if (titleWords && line.words === titleWords && line.i !== titleLine) {
      lines[line.i] = blankLine(lines[line.i]!);
      continue;
    }
    if (lines[line.i]!.text.length > MAX_QUOTE_LENGTH) continue;
    const core = normalizeWords(quoteCore(lines[line.i]!.text));
    if (core.split(' ').length < MIN_REPEAT_WORDS) continue;
    const repeated = present.some(
      (other) =>
        other.i !== line.i &&
        lines[other.i]!.text !== '' &&
        other.words.length > core.length &&
        ` ${other.words} `.includes(` ${core} `),
    );
    if (repeated) lines[line.i] = blankLine(lines[line.i]!);
  }
  return lines;
}
