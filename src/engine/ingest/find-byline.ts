import type { TextLine } from './split-lines.js';

export interface Byline {
  lineIndex: number;
  author: string;
}

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+|de\s+|van\s+)?\p{Lu}[\p{L}.'’-]*){0,5}`;
/** "By Jane Doe", "Written by Jane Doe | Reuters", "By Jane Doe and John Roe, Correspondents". */
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|(?:[Ww]ritten|[Rr]eported)\s+by|[Aa]uthor\s*:)\s+(${NAME})\s*(?:$|[,|–—-]\s*.{0,60}$)`,
  'u',
);
const SEARCHED_LINES = 20;

/** A byline line near the top of the article: the author's name and the line it sits on. */
export function findByline(lines: TextLine[]): Byline | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < SEARCHED_LINES; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    seen++;
    // A sentence ("By Monday, prices fell.") is not a byline.
    if (text.length > 100 || /[.?!]$/.test(text)) continue;
    const author = BYLINE.exec(text)?.[1];
    if (author) return { lineIndex: i, author: author.trim() };
  }
  return null;
}
