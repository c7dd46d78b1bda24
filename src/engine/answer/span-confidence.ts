import type { Entity } from '../entities/entity.js';
import { analyzeText, analyzeWord } from '../index/analyze-text.js';
import type { Passage } from '../types.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { isNegated } from './is-negated.js';
import { matchWords } from './match-words.js';
import type { Candidate } from './rank-passages.js';
import { contentTerms, weighTerms, type CoverageIndex } from './score-coverage.js';
import type { TermLookup } from './read-context.js';

/** A short answer with the one sentence it comes from. */
export interface SpanEvidence {
  span: string;
  sentence: string;
  /** The sentence's analysed terms (its heading's too). */
  terms: TermLookup;
  /** Entities of the sentence, offsets into it. */
  entities: readonly Entity[];
  /** How the sentence ranked for the question (`Candidate.score`, `Candidate.coverage`: its context counts). */
  rank: { score: number; coverage: number };
}

const NUMBER = /\b\d[\d,.]*\b/g;
/** Question words within this many words of the span count as around it. */
const NEAR_WORDS = 8;

/**
 * What tells a stated short answer from a guess, each 0..1: how much of the question's term weight
 * (idf) the span's own sentence holds and the largest share it lacks; a negation or a number the
 * question states and the sentence does not (and a negation only the sentence states); how much of
 * that weight sits within a few words of the span; the kind of question; the span's length and how much of it repeats the question; whether
 * the span is an entity of the asked-for type; for "how many X"/"which X", whether X follows the span;
 * and how the sentence ranked (its rank score, and its coverage with its paragraph and title).
 */
export function spanFeatures(
  question: QuestionAnalysis,
  evidence: SpanEvidence,
  index: CoverageIndex,
): number[] {
  const { span, sentence, terms: own } = evidence;
  const weights = weighTerms(contentTerms(question.terms), index);
  const total = weights.reduce((sum, t) => sum + t.weight, 0) || 1;
  const share = (test: (term: string) => boolean) =>
    weights.filter((t) => test(t.term)).reduce((sum, t) => sum + t.weight, 0) / total;
  const missing = weights.filter((t) => !own.has(t.term)).map((t) => t.weight / total);
  const at = sentence.indexOf(span);
  const words = matchWords(sentence);
  const from = words.findIndex((w) => w.index >= at);
  const to = words.findIndex((w) => w.index >= at + span.length);
  const near = new Set<string>();
  words.forEach((w, i) => {
    const term = analyzeWord(w[0], index.options)[0];
    if (term === undefined || from < 0) return;
    const gap = i < from ? from - i : i - (to < 0 ? words.length : to) + 1;
    if (gap <= NEAR_WORDS) near.add(term);
  });
  const spanTerms = analyzeText(span, index.options);
  const asked = new Set(question.terms);
  const numbers = question.text.match(NUMBER) ?? [];
  const entity = evidence.entities.find((e) => e.text === span || e.name === span);
  const wanted = question.wants as string[];
  const typeFit = !entity ? 0 : wanted[0] === entity.type ? 1 : wanted.includes(entity.type) ? 0.5 : 0;
  const following =
    at < 0
      ? []
      : analyzeText(
          sentence
            .slice(at + span.length)
            .split(/\s+/)
            .slice(0, 4)
            .join(' '),
        );
  const focusFollows = question.focus
    ? following.includes(question.focus) || spanTerms.includes(question.focus)
    : null;
  const kind = question.kind;
  return [
    1,
    share((t) => own.has(t)),
    Math.max(0, ...missing),
    isNegated(question.text) && !isNegated(sentence) ? 1 : 0,
    share((t) => near.has(t)),
    kind === 'date' || kind === 'amount' ? 1 : 0,
    kind === 'person' || kind === 'place' ? 1 : 0,
    kind === 'reason' ? 1 : 0,
    kind === 'definition' ? 1 : 0,
    Math.min(span.split(/\s+/).length, 10) / 10,
    spanTerms.length > 0 ? spanTerms.filter((t) => asked.has(t)).length / spanTerms.length : 1,
    numbers.some((n) => !new RegExp(`(?<![\\d])${n.replace(/\./g, '\\.')}(?![\\d])`).test(sentence)) ? 1 : 0,
    typeFit,
    focusFollows === true ? 1 : 0,
    focusFollows === false ? 1 : 0,
    isNegated(sentence) && !isNegated(question.text) ? 1 : 0,
    Math.min(evidence.rank.score, 1),
    evidence.rank.coverage,
  ];
}

/**
 * Logistic weights over `spanFeatures`, fitted on the even-numbered articles of SQuAD v2.0 dev
 * (given the gold paragraph); the odd-numbered half is held out (BENCHMARKS.md). `ANSWERABLE`: the
 * chance the question has an answer in the sentence at all; `OVERLAP`: the expected token F1 of the
 * span against the answer, when there is one.
 */
const ANSWERABLE = [
  -1.22, 0.329, -1.838, -2.301, 0.177, -0.187, -0.485, 0.437, 0.024, 0.468, -0.213, -1.357, 0.512, 0.004,
  -0.094, -0.097, 0.042, 1.61,
];
const OVERLAP = [
  -1.425, 0.342, -0.15, -0.397, 1.149, 0.908, 0.429, -0.006, -0.354, 1.763, -1.851, 0.05, 0.359, 0.594, -0.11,
  -0.336, -0.397, 0.194,
];

const logistic = (weights: readonly number[], features: readonly number[]) =>
  1 / (1 + Math.exp(-features.reduce((sum, x, i) => sum + x * (weights[i] ?? 0), 0)));

/**
 * What stating the span is worth, -1..1: the expected overlap with the answer when the question has
 * one, less the chance it has none (stating a short answer to an unanswerable question costs what a
 * right one earns).
 */
export function spanConfidence(features: readonly number[]): number {
  const answerable = logistic(ANSWERABLE, features);
  return answerable * logistic(OVERLAP, features) - (1 - answerable);
}

/** A span is stated when its confidence is above this (the SQuAD v2.0 fit half's best, see BENCHMARKS.md). */
export const SPAN_CONFIDENCE_FLOOR = 0.05;

/** What `statedSpan` reads of the engine. */
export interface SpanDeps {
  index: CoverageIndex;
  termsOf(passage: Passage): TermLookup;
  entitiesOf(passage: Passage): Entity[];
}

/** The span, when the sentence it comes from states it confidently enough to give it as the short answer; else undefined. */
export function statedSpan(
  question: QuestionAnalysis,
  span: string | undefined,
  source: Candidate,
  deps: SpanDeps,
): string | undefined {
  if (!span) return undefined;
  const { passage } = source;
  const features = spanFeatures(
    question,
    {
      span,
      sentence: passage.text,
      terms: deps.termsOf(passage),
      entities: deps.entitiesOf(passage),
      rank: { score: source.score, coverage: source.coverage },
    },
    deps.index,
  );
  return spanConfidence(features) > SPAN_CONFIDENCE_FLOOR ? span : undefined;
}
