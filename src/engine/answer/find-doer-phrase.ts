import { findChunks } from './find-chunks.js';
import { tagWords } from './tag-words.js';
import { verbStem } from './verb-stem.js';

const BETWEEN = /^(MD|VBZ|VBP|VBD|RB|TO)$/;

/**
 * The phrase that does `verb` in a sentence when it is no name ("the county prosecutor will decide
 * on charges", "charges will be decided by the county prosecutor"): the noun phrase right before
 * the verb (auxiliaries between), else the one after "by". Null when the sentence has none.
 */
export function findDoerPhrase(text: string, verb: string): string | null {
  const words = tagWords(text);
  const chunks = findChunks(words, text);
  const phrase = (from: number, to: number) => text.slice(words[from]!.start, words[to]!.end);
  for (let i = 0; i < words.length; i++) {
    if (verbStem(words[i]!.text) !== verb || !/^VB/.test(words[i]!.tag)) continue;
    if (words[i + 1]?.text.toLowerCase() === 'by') {
      const after = chunks.find(
        (c) => c.from === i + 2 || (c.from === i + 3 && /^(DT|PRP\$)$/.test(words[i + 2]!.tag)),
      );
      if (after)
        return phrase(Math.min(after.from, i + 2), after.to).replace(/\s+(?:next|last|this)\s+\p{L}+$/u, '');
    }
    let j = i - 1;
    while (j >= 0 && BETWEEN.test(words[j]!.tag) && words[j]!.text.toLowerCase() !== 'by') j--;
    const before = chunks.find((c) => c.to === j);
    if (before)
      return phrase(
        before.from > 0 && /^(DT|PRP\$)$/.test(words[before.from - 1]!.tag) ? before.from - 1 : before.from,
        before.to,
      );
  }
  return null;
}
