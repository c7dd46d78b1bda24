import { analyzeText, type AnalysisOptions } from '../index/analyze-text.js';
import { idf, type Weighting } from '../index/score-term.js';

/**
 * Words that frame a question rather than say what it is about ("what did X say about Y", "tell me
 * the latest on Z"), and light verbs a passage often words differently ("which posts does X hold").
 */
const FRAME_WORDS = [
  'say',
  'said',
  'says',
  'tell',
  'told',
  'describe',
  'explain',
  'mention',
  'mentioned',
  'happen',
  'happened',
  'think',
  'know',
  'mean',
  'according',
  'report',
  'reported',
  'latest',
  'news',
  // Analysis folds irregular past forms into their verb ("held" is "hold"); "made" and "took" are listed
  // because "make" and "take" are stop words, which analyse to nothing.
  'hold',
  'have',
  'has',
  'had',
  'get',
  'make',
  'made',
  'take',
  'took',
  'give',
  'keep',
  'put',
  'go',
  'come',
  'become',
  'last',
  'lasted',
  // An amount's own words: "how much is X worth" is answered by the amount.
  'worth',
  'cost',
  'costs',
  // Question words as typed without the apostrophe.
  'whats',
  'whos',
  'wheres',
  'whens',
  'hows',
  'whys',
];
export const frameTerms: ReadonlySet<string> = new Set(FRAME_WORDS.flatMap((word) => analyzeText(word)));

/** The terms a question is about: its frame words left out, unless that leaves nothing. */
export function contentTerms(terms: readonly string[]): string[] {
  const content = terms.filter((t) => !frameTerms.has(t));
  return content.length > 0 ? content : [...terms];
}

/** A question term and how much it tells passages apart. */
export interface WeightedTerm {
  term: string;
  /** idf; a term the corpus never uses gets the idf of a term held by a single passage. */
  weight: number;
  /** The corpus holds the term somewhere. */
  seen: boolean;
}

/** What the coverage score needs of the index. */
export interface CoverageIndex {
  readonly options: AnalysisOptions & { weighting: Weighting };
  readonly size: number;
  idf(term: string): number;
}

/** Weights of the question's terms. Unseen terms are weighed as the rarest seen ones: they are what the question is most about. */
export function weighTerms(terms: readonly string[], index: CoverageIndex): WeightedTerm[] {
  const rarest = idf(index.options.weighting, Math.max(index.size, 1), 1);
  return terms.map((term) => {
    const weight = index.idf(term);
    return { term, weight: weight > 0 ? weight : rarest, seen: weight > 0 };
  });
}

/** How much a passage's article title counts towards covering a term, against the passage's own text. */
const TITLE_COVERAGE = 0.8;

/**
 * Share of the question's term weight a passage holds, 0..1: a term in the passage (or its heading)
 * counts fully, one only in its article's title counts `TITLE_COVERAGE`. Terms the corpus never
 * uses count against every passage, so a question about something absent scores low everywhere.
 */
export function scoreCoverage(
  weights: readonly WeightedTerm[],
  own: Pick<ReadonlySet<string>, 'has'>,
  title: Pick<ReadonlySet<string>, 'has'>,
): number {
  let total = 0;
  let covered = 0;
  for (const { term, weight } of weights) {
    total += weight;
    if (own.has(term)) covered += weight;
    else if (title.has(term)) covered += weight * TITLE_COVERAGE;
  }
  return total > 0 ? covered / total : 0;
}
