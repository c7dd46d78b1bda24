import type { TextLine } from './split-lines.js';

export interface Byline {
  lineIndex: number;
  author: string;
}

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+|de\s+|van\s+)?\p{Lu}[\p{L}.'’-]*){0,5}`;
/** "By Jane Doe", "Written by Jane Doe | Reuters", "By Jane Doe and John Roe, Correspondents". */
const BYLINE = new RegExp(String.raw`^(?:by|written\s+by|reported\s+by|author\s*:)\s+(${NAME})\s*(?:$|[,|–—-]\s*.{0,60}$)`, 'iu');
const SEARCHED_LINES = 20;

/** A byline line near the top of the article: the author's name and the line it sits on. */
export function findByline(lines: TextLine[]): Byline | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < SEARCHED_LINES; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    seen++;
    if (text.length > 100) continue;
    const author = BYLINE.exec(text)?.[1];
    // The name part is matched case-insensitively by the flag; insist on a capital to skip "by the way".
    if (author && /^\p{Lu}/u.test(author)) return { lineIndex: i, author: author.trim() };
  }
  return null;
}
