import { createRequire } from 'node:module';

/** A word of a sentence with its offsets and Penn Treebank part-of-speech tag ("NNP", "VBD", "CD"). */
export interface TaggedWord {
  text: string;
  start: number;
  end: number;
  tag: string;
}

// Words keep inner hyphens, apostrophes and number separators ("US-led", "7,280", "24–10"); punctuation stands alone.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.\-–,](?=[\p{L}\p{N}]))*%?|[^\s\p{L}\p{N}]/gu;

interface Tagger {
  tag(words: string[]): { taggedWords: Array<{ token: string; tag: string }> };
}

// Loaded on first use, from the tagger's own files: its lexicons take ~0.4 s, which start-up need not pay.
const require = createRequire(import.meta.url);
let tagger: Tagger | null = null;

/** natural's Brill tagger with its English lexicon; unknown words are nouns, capitalised ones proper nouns. */
function englishTagger(): Tagger {
  if (!tagger) {
    const lib = 'natural/lib/natural/brill_pos_tagger/lib';
    const BrillPOSTagger = require(`${lib}/Brill_POS_Tagger.js`) as new (
      lexicon: unknown,
      rules: unknown,
    ) => Tagger;
    const Lexicon = require(`${lib}/Lexicon.js`) as new (
      language: string,
      unknown: string,
      capitalised: string,
    ) => unknown;
    const RuleSet = require(`${lib}/RuleSet.js`) as new (language: string) => unknown;
    tagger = new BrillPOSTagger(new Lexicon('EN', 'NN', 'NNP'), new RuleSet('EN'));
  }
  return tagger;
}

/** Splits a sentence into words and punctuation and tags each with its part of speech. */
export function tagWords(sentence: string): TaggedWord[] {
  const words = [...sentence.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (words.length === 0) return [];
  const tagged = englishTagger().tag(words.map((w) => w.text)).taggedWords;
  return words.map((w, i) => ({
    ...w,
    tag: /^\d[\d.,–-]*%?$/.test(w.text) ? 'CD' : (tagged[i]?.tag ?? 'NN'),
  }));
}
