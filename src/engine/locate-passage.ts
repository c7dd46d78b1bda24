import type { Passage } from './types.js';

/**
 * Where the passage an id names (`${file}#${paragraph}.${sentence}`) sits in its article's passages,
 * which come in order, a paragraph's sentences numbered from 0: found by number, not by comparing
 * every id (any other id by comparison); -1 when none has the id.
 */
export function passageIndexOf(passages: readonly Passage[], id: string): number {
  const at = id.lastIndexOf('#') + 1;
  const dot = id.indexOf('.', at);
  const paragraph = Number(id.slice(at, dot));
  const sentence = Number(id.slice(dot + 1));
  let [low, high] = [0, passages.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (passages[mid]!.paragraph < paragraph) low = mid + 1;
    else high = mid;
  }
  return passages[low + sentence]?.id === id ? low + sentence : passages.findIndex((p) => p.id === id);
}
