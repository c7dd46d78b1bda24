import * as brill from 'natural/lib/natural/brill_pos_tagger/index.js';

/** A word of a sentence with its offsets and Penn Treebank part-of-speech tag ("NNP", "VBD", "CD"). */
export interface TaggedWord {
  text: string;
  start: number;
  end: number;
  tag: string;
}

// Words keep inner hyphens, apostrophes and number separators ("US-led", "7,280", "24–10"); punctuation stands alone.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.\-–,](?=[\p{L}\p{N}]))*%?|[^\s\p{L}\p{N}]/gu;

let tagger: brill.BrillPOSTagger | null = null;

/** natural's Brill tagger with its English lexicon; unknown words are nouns, capitalised ones proper nouns. */
function englishTagger(): brill.BrillPOSTagger {
  tagger ??= new brill.BrillPOSTagger(new brill.Lexicon('EN', 'NN', 'NNP'), new brill.RuleSet('EN'));
  return tagger;
}

/** Splits a sentence into words and punctuation and tags each with its part of speech. */
export function tagWords(sentence: string): TaggedWord[] {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (words.length === 0) return [];
  const tagged = englishTagger().tag(words.map((w) => w.text)).taggedWords;
  return words.map((w, i) => ({ ...w, tag: /^\d[\d.,–-]*%?$/.test(w.text) ? 'CD' : (tagged[i]?.tag ?? 'NN') }));
}
