import { analyzeText } from '../index/analyze-text.js';
import type { SearchIndex } from '../index/search-index.js';
import type { Article, Passage } from '../types.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { isNegated } from './is-negated.js';
import { purposeTerms } from './purpose-fit.js';
import { matchWords } from './match-words.js';
import { readContext, type TermLookup } from './read-context.js';
import { kinVerb, withKin } from './verb-kin.js';
import { frameTerms, weighTerms, type CoverageIndex } from './score-coverage.js';

/**
 * Names the question uses that no article mentions, in any field. A name is read in lower case, so
 * the "AND" of a headline in capitals is the stop word it is, not an unknown acronym.
 */
export function unknownNames(question: QuestionAnalysis, index: Pick<SearchIndex, 'idf'>): string[] {
  return question.names.filter((name) => {
    const terms = analyzeText(name.toLowerCase());
    return terms.length > 0 && terms.every((term) => index.idf(term) === 0);
  });
}

/**
 * A question term carrying more than this share of the question's idf weight is distinctive; a
 * passage lacking one and covering less than `ENOUGH_COVERAGE` of the weight does not answer the question (one paraphrased word, "deal" for "agreement", is
 * tolerated in a passage that covers the rest). The share is calibrated on SQuAD v2.0 dev, HasAns
 * against NoAns given the gold paragraph (balanced accuracy of the answer/abstain decision: 0.15 best,
 * 0.567; no check 0.534). The coverage floor trades SQuAD (0.75 scores 0.568, 0.6 scores 0.554)
 * against paraphrased user questions ("what the treasury secretary urged ..."): 0.6; see BENCHMARKS.md.
 */
const DISTINCTIVE_SHARE = 0.15;
const ENOUGH_COVERAGE = 0.6;

/**
 * The noun that names the kind of thing asked for, when the question opens with it ("Which
 * portfolios does X hold?", "What alliance was India invited to join?"): a passage states one, it
 * need not say the word. "What is the population of X" asks for the population itself: no such noun.
 */
function asksForKindOf(question: QuestionAnalysis): string | null {
  const opening =
    /^(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:is|are|was|were|did|does|do|has|have|had|will|can|would)\b/iu.exec(
      question.text,
    );
  const noun = opening ? analyzeText(opening[1]!)[0] : undefined;
  return noun !== undefined && noun === question.focus ? noun : null;
}

/** What the check needs of the engine. */
export interface AbstainDeps {
  index: CoverageIndex;
  termsOf(passage: Passage): TermLookup;
  article(file: string): Pick<Article, 'title' | 'passages'> | undefined;
  /**
   * The terms of the passage's article title as the index keeps them (`analyzeText` of it, or with
   * `written` `analyzeAsWritten`), or null when it keeps none for that title (it is analysed then).
   */
  titleTerms?(passage: Passage, title: string, written: boolean): readonly string[] | null;
}

/**
 * For each passage, the question's distinctive terms (by idf share; a term no article uses is the most
 * distinctive) that the passage, its heading and its article's title all lack, when together with the
 * rest they leave the passage short of `ENOUGH_COVERAGE`. Empty: the passage covers the question.
 * The question's term weights are read once for all the passages.
 */
export function missingTerms(
  question: QuestionAnalysis,
  passages: readonly Passage[],
  deps: AbstainDeps,
): string[][] {
  const typeNoun = asksForKindOf(question);
  // "take place" says "happen".
  const place = /\b(?:take|takes|took|taken|taking) place\b/i.test(question.text)
    ? analyzeText('place')[0]
    : null;
  // An unknown word of three letters or fewer is chat shorthand ("abt", "pls") more often than a subject;
  // unknown names in capitals ("BHP") are caught by `unknownNames`.
  // "What is the purpose of X?": a sentence stating X's use answers it without the word "purpose".
  const weights = weighTerms(question.terms, deps.index).filter(
    (t) =>
      !frameTerms.has(t.term) &&
      t.term !== typeNoun &&
      t.term !== place &&
      !(question.purpose && purposeTerms.has(t.term)) &&
      (t.seen || t.term.length > 3),
  );
  const total = weights.reduce((sum, t) => sum + t.weight, 0);
  const kin = kinVerb(question);
  return passages.map((passage) => {
    if (total === 0) return [];
    // A kindred verb holds the question's: "encouraged" answers "what did X call for".
    const own = withKin(deps.termsOf(passage), kin);
    // The article's title, even one taken from its first sentence, and the passage's own paragraph are the
    // context it is read in ("According to the US Treasury, ... Bessent urged participants to ...").
    const article = deps.article(passage.article);
    const title = readContext(
      article?.title ?? '',
      (article?.passages ?? []).filter((p) => p.paragraph === passage.paragraph && p !== passage),
      deps.termsOf,
      deps.index.options,
      deps.titleTerms && ((written) => deps.titleTerms!(passage, article?.title ?? '', written)),
    );
    const absent = weights.filter(
      (t) =>
        !own.has(t.term) && !title.has(t.term) && !(t.seen === false && typedFor(t.term, question, passage)),
    );
    const covered = 1 - absent.reduce((sum, t) => sum + t.weight, 0) / total;
    return covered < ENOUGH_COVERAGE
      ? absent.filter((t) => t.weight / total > DISTINCTIVE_SHARE).map((t) => t.term)
      : [];
  });
}

/**
 * "How many drones ..." when no article says "drones": no passage counts them. "What is the cost of X"
 * asks for the amount itself (its noun is a frame word), which a passage states without the word.
 */
export const countsUnknown = (question: QuestionAnalysis, index: Pick<SearchIndex, 'idf'>): boolean =>
  question.kind === 'amount' &&
  question.focus !== null &&
  !frameTerms.has(question.focus) &&
  index.idf(question.focus) === 0;

/** The distinctive terms every one of the leading passages lacks (`missingTerms` of each); empty when one of them covers the question. */
export function missingEverywhere(gaps: readonly string[][]): string[] {
  let fewest: string[] | null = null;
  for (const missing of gaps) {
    if (missing.length === 0) return [];
    if (!fewest || missing.length < fewest.length) fewest = missing;
  }
  return fewest ?? [];
}

/** The question's words behind analysed terms, for telling the user what the articles lack. */
export function wordsFor(question: QuestionAnalysis, terms: readonly string[]): string[] {
  const words = matchWords(question.text).map((w) => w[0]);
  return terms.map((term) => words.find((w) => analyzeText(w).includes(term)) ?? term);
}

const ASKS_STATEMENT =
  /^(?:what|how)\b.*\b(?:say|said|says|tell|told|state|stated|comment|commented|think|thought)\b/i;
const REPORTS_SPEECH =
  /\b(?:said|says|say|told|tells|stated|states|added|noted|according to|announced|called for|urged|warned|argued|highlighted|stressed|emphasi[sz]ed|underscored|remarked|described|welcomed|expressed)\b|["“”]/i;

/** "What did X say": the asked-for fact is a statement, which a sentence holds and no short phrase does. */
export const asksStatement = (question: QuestionAnalysis): boolean => ASKS_STATEMENT.test(question.text);

/** "What did X say": the asked-for fact is a statement, so passages that report no speech do not hold it. */
export const lacksStatement = (question: QuestionAnalysis, passages: readonly Passage[]): boolean =>
  asksStatement(question) && !passages.some((p) => REPORTS_SPEECH.test(p.text));

/**
 * "Who did not attend X": the asked-for fact is a denial, so passages that deny nothing do not hold it
 * (naming who did attend would answer the opposite question).
 */
export const lacksDenial = (question: QuestionAnalysis, passages: readonly Passage[]): boolean =>
  isNegated(question.text) && !passages.some((p) => isNegated(p.text));

/** Edits (insertions, deletions, substitutions) between two words, or `limit + 1` once past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** An unknown question word that is a misspelling of one of the passage's words ("represntd" for "represented"). */
function typedFor(term: string, question: QuestionAnalysis, passage: Passage): boolean {
  const word = wordsFor(question, [term])[0]!.toLowerCase();
  if (word.length < 5) return false;
  const limit = word.length >= 8 ? 2 : 1;
  return (passage.text.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (w) => w[0] === word[0] && editDistance(word, w, limit) <= limit,
  );
}
