import { createRequire } from 'node:module';

// natural's English part-of-speech lexicon (the one its Brill tagger uses): word → tags, most likely first.
const require = createRequire(import.meta.url);
let tags: Record<string, string[] | undefined> | null = null;
const tagsOf = (word: string): string[] => {
  tags ??= require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<
    string,
    string[]
  >;
  const found = tags[word];
  return Array.isArray(found) ? found : [];
};

/**
 * Whether a capitalised or upper-case word is really a common word ("EVEN", "Says", "Communications",
 * "DNA"): English usage gives it a common-word reading and, written as here, it is not first a proper noun.
 */
export function isCommonWord(word: string): boolean {
  const asWritten = tagsOf(word);
  if (
    asWritten.length > 0 &&
    /^NNP/.test(asWritten[0]!) &&
    !asWritten.some((t) => /^(NN|NNS|JJ|VB.*|RB)$/.test(t))
  )
    return false;
  const lower = tagsOf(word.toLowerCase());
  return asWritten.some((t) => !/^NNP/.test(t)) || lower.some((t) => !/^NNP/.test(t));
}

/** A plural noun or a verb in the third person ("Securities", "Affairs", "Says"): never part of a person's name. */
export function isPluralOrVerb(word: string): boolean {
  const lower = tagsOf(word.toLowerCase());
  return lower.length > 0 && /^(NNS|VBZ)$/.test(lower[0]!);
}
