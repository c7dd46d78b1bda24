import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ReutersStory {
  id: string;
  /** As written, e.g. `26-FEB-1987 15:01:01.79`. */
  date: string;
  title: string;
  body: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = Number(name.slice(1));
      // Control characters (&#2; &#3; ...) are wire-format noise, not text.
      return code < 32 || code === 127 ? '' : String.fromCharCode(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

function field(record: string, tag: string): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(record);
  return match?.[1] === undefined ? '' : decodeEntities(match[1]).trim();
}

/** Parses the `<REUTERS>` records of one Reuters-21578 SGML file; stories without a body are skipped. */
export function parseReutersSgml(sgml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  for (const match of sgml.matchAll(/<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
    const record = match[2] ?? '';
    const body = field(record, 'BODY').replace(/\s*\bReuter\s*$/, '');
    if (body === '') continue;
    stories.push({
      id: /NEWID="(\d+)"/.exec(match[1] ?? '')?.[1] ?? String(stories.length),
      date: field(record, 'DATE'),
      title: field(record, 'TITLE'),
      body,
    });
  }
  return stories;
}

/**
 * Reads every `reut2-*.sgm` in `dir`, in file-name order. Files are read as latin1 (the collection predates
 * UTF-8).
 */
export async function readReuters(dir: string, options: { maxFiles?: number } = {}): Promise<ReutersStory[]> {
  const names = (await readdir(dir)).filter((n) => /^reut2-\d+\.sgm$/.test(n)).sort();
  const chosen = names.slice(0, options.maxFiles ?? names.length);
  if (chosen.length === 0) throw new Error(`no reut2-*.sgm files in ${dir}`);
  const texts = await Promise.all(chosen.map((n) => readFile(join(dir, n), 'latin1')));
  return texts.flatMap(parseReutersSgml);
}
