import type { SearchIndex } from '../index/search-index.js';
import type { Passage } from '../types.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { titleMatcher } from './match-title.js';
import { statesUse, withUse } from './purpose-fit.js';
import { contentTerms, scoreCoverage, weighTerms } from './score-coverage.js';
import type { TermLookup } from './read-context.js';
import { kinVerb, withKin } from './verb-kin.js';

/** A retrieved passage with the evidence used to rank it. */
export interface Candidate {
  passage: Passage;
  /** Raw retrieval score (BM25 or TF-IDF cosine). */
  retrieval: number;
  /** Share of the question's term weight (idf) the passage (with its heading, and in part its article's title) holds, 0..1. */
  coverage: number;
  /** Combined rank score, 0..~1; up to (1 + titleMatchBoost) times that when the article's title is the query. */
  score: number;
}

/** How retrieval and reranking are tuned; one `defaultRankOptions`. */
export interface RankOptions {
  /** Passages fetched from the index before reranking. */
  fetch: number;
  /** Weight of term coverage against normalised retrieval score. */
  coverageWeight: number;
  /**
   * A passage whose article's title is nearly the query (a pasted headline) scores up to this many
   * times more, by the cube of the match: only near matches count, and an exact paste most.
   */
  titleMatchBoost: number;
}

export const defaultRankOptions: RankOptions = { fetch: 40, coverageWeight: 0.6, titleMatchBoost: 2 };

// A question asking for a figure, a date or a reason is answered by a sentence that states one (a number
// or number word, a date or time word, a cause word); a sentence stating none scores TYPE_MISS times less.
const STATES: Partial<Record<QuestionAnalysis['kind'], RegExp>> = {
  amount:
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|twice|double|triple|several|few|many|most|much)\b/i,
  reason:
    /\b(?:because|due to|owing to|thanks to|in order to|so that|since|as a result|therefore|thus|caus\w*|reasons?|result\w*|le[ad]\w* to|allow\w*|enabl\w*|prevent\w*|need\w*)\b/i,
  date: /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(?:century|decade|year|month|week|day|today|yesterday|tomorrow|ago|since|until|after|before|during|when|morning|evening|night|spring|summer|autumn|fall|winter)\b/i,
};
const TYPE_MISS = 0.7;

// Fragments (bullets, attributions like "- Ashwini Vaishnaw") rarely answer anything; real sentences do.
const lengthPrior = (text: string) => Math.min(1, Math.sqrt(countPieces(text) / 10));

// JavaScript's \s: white space (Zs and tab, vertical tab, form feed, BOM) and line terminators.
const isSpace = (code: number) =>
  (code >= 9 && code <= 13) ||
  code === 32 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** `text.split(/\s+/).length` without building the pieces: one more than the runs of white space. */
function countPieces(text: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

export interface RankDeps {
  index: SearchIndex;
  passage(id: string): Passage | undefined;
  /** Analysed terms of a passage (text plus heading), cached by the engine. */
  termsOf(passage: Passage): TermLookup;
}

/**
 * Retrieves passages for a question and reranks them by how much of the question they cover:
 * BM25 alone favours a short sentence that repeats one rare word over one that answers.
 */
export function rankPassages(
  question: QuestionAnalysis,
  deps: RankDeps,
  options: RankOptions = defaultRankOptions,
): Candidate[] {
  const terms = contentTerms(question.terms);
  const hits = deps.index.search(terms.join(' '), { limit: options.fetch });
  if (hits.length === 0) return [];
  const top = hits[0]!.score || 1;
  // Coverage is over the terms the corpus knows: whether an unknown one must be there is the abstention's call.
  const weights = weighTerms(terms, deps.index).filter((t) => t.seen);
  const titleMatch = titleMatcher(question.text, deps.index);
  // "What are X used for?" is answered by a sentence that states a use, as a "when" question is by a date.
  const states = question.purpose ? { test: statesUse } : STATES[question.kind];
  const kin = kinVerb(question);
  const candidates: Candidate[] = [];
  for (const hit of hits) {
    const passage = deps.passage(hit.id);
    if (!passage) continue;
    const own = withKin(deps.termsOf(passage), kin);
    const stated = !states || states.test(passage.text);
    // "What are X used / needed for?": a sentence stating a use holds the question's "use", however worded.
    const uses = question.purpose && stated;
    // The article's title, as the index's title field holds it: for coverage and for the title match.
    const held = (term: string) => deps.index.titleHolds(passage.id, term);
    const coverage = scoreCoverage(weights, uses ? withUse(own) : own, { has: held });
    const retrieval = hit.score;
    const relevance = options.coverageWeight * coverage + (1 - options.coverageWeight) * (retrieval / top);
    const definitional =
      question.kind === 'definition' && /\b(is|are|was|were|refers to|means) (a|an|the)\b/i.test(passage.text)
        ? 1.15
        : 1;
    const title = deps.index.titleOf(passage.id);
    const keptTitleTerms = () => deps.index.titleTermsOf(passage.id);
    const asTitle = 1 + options.titleMatchBoost * titleMatch(title, held, keptTitleTerms) ** 3;
    const typeFit = stated ? 1 : TYPE_MISS;
    const score = relevance * lengthPrior(passage.text) * definitional * asTitle * typeFit;
    candidates.push({ passage, retrieval, coverage, score });
  }
  return candidates.sort((a, b) => b.score - a.score);
}
