import type { TaggedWord } from './tag-words.js';

/** A run of words [from, to] (inclusive word indexes) read as one phrase. */
export interface Chunk {
  from: number;
  to: number;
}

// Tags that can sit inside a noun phrase ("the 10-year Major Defence Partnership", "Beyoncé and Bruno Mars" is two).
const INSIDE = /^(DT|PDT|PRP\$|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|POS|FW|SYM)$/;
const HEAD = /^(NN|NNS|NNP|NNPS|CD|FW|SYM)$/;
const EDGE = /^(DT|PDT|PRP\$|POS)$/;

/**
 * Noun phrases: maximal runs of determiners, adjectives, nouns and numbers that end in a noun or
 * number, with leading determiners trimmed; "X of Y" between proper names stays one phrase
 * ("Bank of England"). The usual shape of a short answer.
 */
export function findChunks(words: readonly TaggedWord[], text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let from = -1;
  const close = (to: number) => {
    let [a, b] = [from, to];
    while (a <= b && EDGE.test(words[a]!.tag)) a++;
    while (b >= a && !HEAD.test(words[b]!.tag)) b--;
    if (a <= b) chunks.push({ from: a, to: b });
    from = -1;
  };
  words.forEach((word, i) => {
    const gap = i > 0 ? text.slice(words[i - 1]!.end, word.start) : ' ';
    const joinsNames =
      from >= 0 &&
      /^(of|de|&)$/i.test(word.text) &&
      /^NNP/.test(words[i - 1]!.tag) &&
      /^NNP/.test(words[i + 1]?.tag ?? '');
    // "manufacturing capacity", "rounded arches": a participle before a noun modifies it.
    const modifier = /^VB[GN]$/.test(word.tag) && /^NN/.test(words[i + 1]?.tag ?? '');
    const inside =
      INSIDE.test(word.tag) ||
      joinsNames ||
      modifier ||
      (from >= 0 && /^NNP/.test(words[i - 1]!.tag) && /^NNP/.test(word.tag));
    if (from >= 0 && (!inside || /[^\s]/.test(gap))) close(i - 1);
    if (inside && from < 0) from = i;
  });
  if (from >= 0) close(words.length - 1);
  return chunks;
}
