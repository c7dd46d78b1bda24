import { analyzeAsWritten, analyzeText, isShouted, type AnalysisOptions } from '../index/analyze-text.js';
import type { Passage } from '../types.js';

/** Analysed terms, for membership tests: a passage's (read from the index) or its context's. */
export interface TermLookup {
  has(term: string): boolean;
}

// Titles, headed sentences and contexts in capitals are read as context for many questions: their terms are kept per text
// and analysis setting (bounded, cleared when full).
const MEMO_LIMIT = 50_000;
const memo = new Map<string, readonly string[]>();
const LOWER = /\p{Ll}/u;

/** The terms of a text as `analyzeText` reads it (`whole`) or as written, kept. */
function keptTerms(text: string, options: AnalysisOptions, whole: boolean): TermLookup {
  const key = `${options.stem ? 1 : 0}${options.stopWords ? 1 : 0}${whole ? 'T' : 'W'}${text}`;
  let terms = memo.get(key);
  if (terms === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    terms = whole ? analyzeText(text, options) : analyzeAsWritten(text, options);
    memo.set(key, terms);
  }
  const known = terms;
  return { has: (term) => known.includes(term) };
}

/**
 * The terms of a passage's context, its article's title and the other sentences of its paragraph, as
 * `analyzeText` reads them joined by spaces, without analysing that text anew. Joined text with a
 * lower-case letter anywhere is read as written, so its terms are its pieces' terms: a sentence
 * indexed on its own as written (no heading, not in capitals) has the index's terms (`termsOf`), a
 * title its kept ones. Only a context in capitals throughout is analysed whole. `titleTerms`, when
 * given, yields the title's terms as the index keeps them (`analyzeText` of it, or with `written`
 * `analyzeAsWritten`), or null: they are not analysed again.
 */
export function readContext(
  title: string,
  sentences: readonly Passage[],
  termsOf: (passage: Passage) => TermLookup,
  options: AnalysisOptions,
  titleTerms?: (written: boolean) => readonly string[] | null,
): TermLookup {
  // A wire headline alone (a one-sentence paragraph under a title in capitals) is the common case here.
  if (!LOWER.test(title) && !sentences.some((p) => LOWER.test(p.text))) {
    const alone = sentences.length === 0 ? titleTerms?.(false) : null;
    if (alone) return { has: (term) => alone.includes(term) };
    return keptTerms([title, ...sentences.map((p) => p.text)].join(' '), options, true);
  }
  const written = titleTerms?.(true);
  const lookups = [
    written ? { has: (term: string) => written.includes(term) } : keptTerms(title, options, false),
    ...sentences.map((p) =>
      !p.heading && !isShouted(p.text) ? termsOf(p) : keptTerms(p.text, options, false),
    ),
  ];
  return { has: (term) => lookups.some((terms) => terms.has(term)) };
}
