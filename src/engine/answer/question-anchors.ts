import { analyzeText } from '../index/analyze-text.js';
import type { Span } from '../types.js';
import { matchWords } from './match-words.js';

/** Content words of `text` that the question also uses (by analysed term): where an answer tends to sit near. */
export function findAnchors(text: string, asked: ReadonlySet<string>): Span[] {
  const anchors: Span[] = [];
  for (const word of matchWords(text)) {
    if (analyzeText(word[0]).some((term) => asked.has(term)))
      anchors.push({ start: word.index, end: word.index + word[0].length });
  }
  return anchors;
}

/** Characters between [start, end) and the nearest anchor outside it; Infinity when there is none. */
export function distanceToAnchors(anchors: readonly Span[], start: number, end: number): number {
  let nearest = Infinity;
  for (const anchor of anchors) {
    if (anchor.start >= start && anchor.start < end) continue;
    nearest = Math.min(nearest, anchor.end <= start ? start - anchor.end : Math.max(0, anchor.start - end));
  }
  return nearest;
}
