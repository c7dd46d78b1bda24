import { analyzeText, type AnalysisOptions } from '../index/analyze-text.js';

/** What matching a query against article titles needs of the index. */
export interface TitleMatchIndex {
  readonly options: AnalysisOptions;
  idf(term: string): number;
}

interface AnalysedTitle {
  /** Lower case, white space collapsed: how an exact paste is recognised. */
  plain: string;
  /** The distinct analysed terms, as the index sees them. */
  terms: ReadonlySet<string>;
  /** Adjacent analysed terms in order ("chile raise"): how word order is compared. */
  pairs: ReadonlySet<string>;
}

const MIN_SHARE = 0.2;

const plainText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

// Titles recur across queries and across the passages of one article: their analysis is kept, up to a bound.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, AnalysedTitle>();

const memoKey = (title: string, options: AnalysisOptions) =>
  `${options.stem ? 1 : 0}${options.stopWords ? 1 : 0}${title}`;

/** A title's terms as `analyzeText` gives them, when the index keeps them; else null. */
type KeptTitleTerms = () => readonly string[] | null;

/** `given`, when there, yields the title's kept terms, which are then not analysed again. */
function analyseTitle(title: string, options: AnalysisOptions, given?: KeptTitleTerms): AnalysedTitle {
  const key = memoKey(title, options);
  let analysed = memo.get(key);
  if (!analysed) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const terms = given?.() ?? analyzeText(title, options);
    const pairs = new Set(terms.slice(1).map((term, i) => `${terms[i]} ${term}`));
    memo.set(key, (analysed = { plain: plainText(title), terms: new Set(terms), pairs }));
  }
  return analysed;
}

/**
 * How nearly a title is the query itself, 0..1, as a user pasting a headline expects: 1 for the same
 * words (case and spacing aside); below that, the idf-weighted share of the query's terms the title
 * holds, times the share of the title's terms the query holds (a longer or shorter title matches
 * less), times how many of the query's adjacent term pairs the title keeps in order.
 */
export function titleMatcher(
  queryText: string,
  index: TitleMatchIndex,
): (title: string | null, titleHolds?: (term: string) => boolean, titleTerms?: KeptTitleTerms) => number {
  const query = analyseTitle(queryText, index.options);
  const queryTerms = query.terms;
  const queryPairs = [...query.pairs];
  const idf = new Map<string, number>();
  const weight = (term: string) => idf.get(term) ?? idf.set(term, index.idf(term)).get(term)!;
  const queryWeight = [...queryTerms].reduce((sum, term) => sum + weight(term), 0);
  const byTitle = new Map<string, number>();
  // Below this, a title is no paste of the query whatever order its terms are summed in (sums differ in the last bits only).
  const clearlyShort = MIN_SHARE * queryWeight * (1 - 1e-9);
  const score = (
    title: string,
    titleHolds?: (term: string) => boolean,
    titleTerms?: KeptTitleTerms,
  ): number => {
    // A title not analysed yet is first weighed by the index's answer to "does it hold this query term":
    // most titles a query's passages bring hold too little of it to be analysed at all.
    if (titleHolds && !memo.has(memoKey(title, index.options))) {
      if (plainText(title) === query.plain) return 1;
      let held = 0;
      for (const term of queryTerms) if (titleHolds(term)) held += weight(term);
      if (queryWeight === 0 || held < clearlyShort) return 0;
    }
    const analysed = analyseTitle(title, index.options, titleTerms);
    if (analysed.plain === query.plain) return 1;
    let shared = 0;
    for (const term of analysed.terms) if (queryTerms.has(term)) shared += weight(term);
    // A title holding under a fifth of the query is no paste of it (its boost would stay under 1%): its own words are not weighed.
    if (queryWeight === 0 || shared < MIN_SHARE * queryWeight) return 0;
    let titleWeight = 0;
    for (const term of analysed.terms) titleWeight += weight(term);
    const inOrder =
      queryPairs.length === 0
        ? 1
        : queryPairs.filter((pair) => analysed.pairs.has(pair)).length / queryPairs.length;
    // Short of the same words, the best match stays well below an exact paste ("TO OFFER STOCK" is not "OFFERS STOCK").
    return 0.8 * (shared / queryWeight) * (shared / titleWeight) * (0.5 + 0.5 * inOrder);
  };
  return (title, titleHolds, titleTerms) => {
    if (!title) return 0;
    return byTitle.get(title) ?? byTitle.set(title, score(title, titleHolds, titleTerms)).get(title)!;
  };
}
