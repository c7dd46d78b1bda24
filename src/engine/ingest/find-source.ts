import type { TextLine } from './split-lines.js';

export interface FoundSource {
  /** The outlet or agency, e.g. "Times of India", "ANI"; null when no line names one. */
  source: string | null;
  /** Indexes of the lines that only carry the source (metadata, not passages). */
  lineIndexes: number[];
}

/** Whole-line forms only, so "Speaking to ANI after the meeting" inside a sentence never counts. */
const SOURCE_PATTERNS: RegExp[] = [
  /^(?:source|courtesy|via|agency)\s*[:–—-]\s*(.{2,60}?)\.?$/i,
  /^\(\s*(?:with\s+)?(?:inputs?|input)\s+from\s+([^)]{2,60}?)\s*\)\.?$/i,
  /^\(\s*(?:source|courtesy)\s*:\s*([^)]{2,60}?)\s*\)\.?$/i,
  /^\((\p{Lu}{2,8})\)\.?$/u,
];

/** A dash sign-off ("- ANI"); only counted when it is not one item of a dash bullet list. */
const SIGN_OFF = /^[–—-]+\s*(\p{Lu}[\p{L}&.'’ ]{0,38}[\p{L}.])$/u;
const DASH_BULLET = /^[–—-]\s/;

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by']);

/** "TIMES OF INDIA" reads as "Times of India"; a one-word acronym like "ANI" stays as it is. */
export function tidySourceName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const words = trimmed.split(' ');
  if (words.length < 2 || trimmed !== trimmed.toUpperCase()) return trimmed;
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** Finds lines that name the article's source; the last one wins, as agencies sign off at the end. */
export function findSource(lines: TextLine[]): FoundSource {
  let source: string | null = null;
  const lineIndexes: number[] = [];
  lines.forEach((line, i) => {
    if (line.text === '' || line.text.length > 80) return;
    const signOff = SIGN_OFF.exec(line.text)?.[1];
    if (signOff && !isLoneLine(lines, i)) return;
    const name = signOff ?? SOURCE_PATTERNS.map((p) => p.exec(line.text)?.[1]).find(Boolean);
    if (name && /\p{L}/u.test(name)) {
      source = tidySourceName(name);
      lineIndexes.push(i);
    }
  });
  return { source, lineIndexes };
}

function neighbor(lines: TextLine[], from: number, step: 1 | -1): string {
  for (let i = from + step; i >= 0 && i < lines.length; i += step)
    if (lines[i]!.text !== '') return lines[i]!.text;
  return '';
}

function isLoneLine(lines: TextLine[], i: number): boolean {
  return !DASH_BULLET.test(neighbor(lines, i, -1)) && !DASH_BULLET.test(neighbor(lines, i, 1));
}
