import { indexedVerb } from './irregular-verbs.js';
import { porterStemmer, stopWords } from './natural-parts.js';

/** A token as found in the text, before normalisation. */
export interface Token {
  text: string;
  start: number;
}

/** Analysis settings; `defaultAnalysis` is what the engine uses. */
export interface AnalysisOptions {
  stem: boolean;
  stopWords: boolean;
}

export const defaultAnalysis: AnalysisOptions = { stem: true, stopWords: true };

// Words (letters, digits, apostrophes, inner hyphens/dots as in "India-US", "U.S.") and numbers
// with thousands separators or decimals ("7,280", "2.5"), plus currency signs and percent.
const TOKEN = /[₹$€£¥]|\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’.\-‐‑–][\p{L}\p{N}]+)*\.?/gu;

/** Splits text into raw tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFKC').matchAll(TOKEN))
    tokens.push({ text: match[0], start: match.index });
  return tokens;
}

const CURRENCY: Record<string, string> = { '₹': 'rupee', $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen' };

// British and American spellings of the same word should meet in the index.
const SPELLING: Array<[RegExp, string]> = [
  [/(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/(\w{2,}[^aeiou])our(s|ed|ing|able)?$/, '$1or$2'],
  [/(\w{2,})ence$/, '$1ense'],
  [/(\w{3,})tre$/, '$1ter'],
  [/(\w{3,})ogue$/, '$1og'],
  [/(\w{3,})mme$/, '$1m'],
];

function americanize(word: string): string {
  if (word.length < 6) return word;
  for (const [pattern, replacement] of SPELLING) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/**
 * Turns one raw token into index terms: lower-cased, quotes and dots dropped, compounds
 * ("India-US", "PaxSilica") split into their parts plus the joined whole, numbers without
 * separators, stop words removed (but not all-caps acronyms like "US"), irregular past forms taken back
 * to their verb ("rose" → "rise"), then stemmed.
 */
export function processTerm(raw: string, options: AnalysisOptions = defaultAnalysis): string[] {
  // Own keys only: "constructor" or "toString" in a text must not read Object.prototype.
  if (Object.hasOwn(CURRENCY, raw)) return [CURRENCY[raw]!];
  if (/^\d/.test(raw)) {
    const number = raw.replace(/,/g, '').replace(/\.$/, '');
    return number.endsWith('%') ? [number.slice(0, -1), 'percent'] : [number];
  }
  const acronym = raw.replace(/\./g, '').length >= 2 && /^[\p{Lu}.]+$/u.test(raw);
  const cleaned = raw.replace(/[’']s$/u, '').replace(/[.'’]/g, '');
  const parts = cleaned
    .split(/[-‐‑–]/)
    .flatMap((part) => part.split(/(?<=\p{Ll})(?=\p{Lu})/u))
    .filter((part) => part.length > 0);
  const words = parts.length > 1 ? [...parts, parts.join('')] : parts;
  const terms: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (options.stopWords && !acronym && stopWords.has(lower)) continue;
    if (lower.length === 1 && !/\d/.test(lower)) continue;
    terms.push(options.stem ? stemOf(lower) : lower);
  }
  return terms;
}

// The same word comes in several casings ("COCOA" in a wire headline, "Cocoa", "cocoa"): each raw token is
// memoised below, and its stem once per lower-case word here (bounded like the token memos).
const STEM_LIMIT = 200_000;
const stems = new Map<string, string>();

function stemOf(lower: string): string {
  let stem = stems.get(lower);
  if (stem === undefined) {
    if (stems.size >= STEM_LIMIT) stems.clear();
    stem = porterStemmer.stem(americanize(indexedVerb(lower)));
    stems.set(lower, stem);
  }
  return stem;
}

// Stemming dominates indexing time and news repeats its words: remember each token's terms, one memo
// per analysis setting (keyed by the raw token alone). Bounded, and cleared when full, so a huge
// corpus cannot grow them without limit.
const MEMO_LIMIT = 200_000;
const memos = [0, 1, 2, 3].map(() => new Map<string, string[]>());

/** Text in capitals throughout ("BAHIA COCOA REVIEW", a wire headline) has no acronyms to tell apart: its "AND" is "and". */
export const isShouted = (text: string) =>
  !/\p{Ll}/u.test(text) && /\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u.test(text);

/** Full analysis: tokenize, then processTerm on each token. */
export function analyzeText(text: string, options: AnalysisOptions = defaultAnalysis): string[] {
  return analyzeAsWritten(isShouted(text) ? text.toLowerCase() : text, options);
}

/**
 * Analysis of text known not to be in capitals throughout (or part of a longer text that is not), so
 * read as written. Questions and passages are analysed on every ask, so this walks the tokens itself
 * (no token objects) and pushes the memoised terms.
 */
export function analyzeAsWritten(text: string, options: AnalysisOptions = defaultAnalysis): string[] {
  const source = text.normalize('NFKC');
  const memo = memos[(options.stem ? 2 : 0) + (options.stopWords ? 1 : 0)]!;
  const terms: string[] = [];
  // The shared pattern's lastIndex is reset here and nothing else runs while the loop walks it.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match !== null; match = TOKEN.exec(source)) {
    const raw = match[0];
    let known = memo.get(raw);
    if (known === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      known = processTerm(raw, options);
      memo.set(raw, known);
    }
    for (let i = 0; i < known.length; i++) terms.push(known[i]!);
  }
  return terms;
}

// Answer readers analyse a passage's words one at a time, and the same words recur across passages and
// questions: each word's terms are kept per analysis setting (bounded, cleared when full, like the memos above).
const WORD_LIMIT = 100_000;
const wordMemos = [0, 1, 2, 3].map(() => new Map<string, readonly string[]>());

/**
 * `analyzeText(word, options)`, remembered: for the single words answer readers weigh one by one (the
 * result is shared between calls, so it must not be changed).
 */
export function analyzeWord(word: string, options: AnalysisOptions = defaultAnalysis): readonly string[] {
  const memo = wordMemos[(options.stem ? 2 : 0) + (options.stopWords ? 1 : 0)]!;
  let terms = memo.get(word);
  if (terms === undefined) {
    if (memo.size >= WORD_LIMIT) memo.clear();
    terms = analyzeText(word, options);
    memo.set(word, terms);
  }
  return terms;
}
