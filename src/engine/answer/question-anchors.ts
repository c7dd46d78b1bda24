import { analyzeWord } from '../index/analyze-text.js';
import type { Span } from '../types.js';
import { matchWords } from './match-words.js';

/** A word of a passage that the question also uses: which asked term it is, and its position among the passage's words. */
export interface Anchor extends Span {
  /** Which of the passage's distinct asked terms it is (0, 1, ...): anchors of one term share it. */
  slot: number;
  word: number;
}

/** A passage's anchors, and where each of its words starts (to place any span among its words). */
export interface Anchors {
  anchors: Anchor[];
  wordStarts: number[];
  /** How many distinct asked terms the passage holds. */
  slots: number;
  /** Each slot's weight in `closenessToAnchors` (the term's `weightOf`). */
  weights: number[];
}

/** Content words of `text` that the question also uses (by analysed term): where an answer tends to sit near. */
export function findAnchors(
  text: string,
  asked: ReadonlySet<string>,
  weightOf: (term: string) => number = () => 1,
): Anchors {
  const anchors: Anchor[] = [];
  const wordStarts: number[] = [];
  const slots = new Map<string, number>();
  const weights: number[] = [];
  for (const word of matchWords(text)) {
    const term = analyzeWord(word[0]).find((t) => asked.has(t));
    if (term !== undefined) {
      if (!slots.has(term)) {
        slots.set(term, slots.size);
        weights.push(weightOf(term));
      }
      const [start, end] = [word.index, word.index + word[0].length];
      anchors.push({ start, end, slot: slots.get(term)!, word: wordStarts.length });
    }
    wordStarts.push(word.index);
  }
  return { anchors, wordStarts, slots: slots.size, weights };
}

/** How many words start before `offset`: the index of the word at or after it. */
function wordAt(wordStarts: readonly number[], offset: number): number {
  let [low, high] = [0, wordStarts.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (wordStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * How closely the question's words flank [start, end), DrQA-style: each distinct question term found
 * outside the span adds 1 / (1 + its distance in words), so a span among several asked words wins
 * over one beside a single word, and words far away add little.
 */
export function closenessToAnchors(
  { anchors, wordStarts, slots, weights }: Anchors,
  start: number,
  end: number,
): number {
  if (anchors.length === 0) return 0;
  const from = wordAt(wordStarts, start);
  const to = wordAt(wordStarts, end) - 1;
  const nearest: number[] = new Array<number>(slots).fill(Infinity);
  for (const anchor of anchors) {
    if (anchor.word >= from && anchor.word <= to) continue;
    const gap = anchor.word < from ? from - anchor.word : anchor.word - to;
    if (gap < nearest[anchor.slot]!) nearest[anchor.slot] = gap;
  }
  let score = 0;
  for (let slot = 0; slot < slots; slot++) score += weights[slot]! / (1 + nearest[slot]!);
  return score;
}

/** Characters between [start, end) and the nearest anchor outside it; Infinity when there is none. */
export function distanceToAnchors({ anchors }: Anchors, start: number, end: number): number {
  let nearest = Infinity;
  for (const anchor of anchors) {
    if (anchor.start >= start && anchor.start < end) continue;
    nearest = Math.min(nearest, anchor.end <= start ? start - anchor.end : Math.max(0, anchor.start - end));
  }
  return nearest;
}
