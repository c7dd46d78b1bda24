import { createEngine, type Answer } from '../../engine/index.js';
import type { SquadQuestion, SquadSet } from '../data/read-squad.js';
import { scoreSquadV2, type SquadV2Scores } from '../metrics/squad-v2-score.js';
import { askOrNull, benchFile, firstShown, squadPrediction, squadPredictionStrict } from './engine-reader.js';

export type SquadV2Setting = 'gold paragraph' | 'closed corpus';

export interface SquadV2Result {
  setting: SquadV2Setting;
  scores: SquadV2Scores;
  /** F1 of answering "" to every question of the same set (the share of unanswerable ones). */
  abstainF1: number;
  /** Share of questions given a short answer (a `span`), among answerable and among unanswerable ones. */
  hasAnsAnswered: number;
  noAnsAnswered: number;
  /** Closed corpus: share of answerable questions whose first shown passage is from the gold paragraph. */
  paragraphHit: number | null;
}

/**
 * Scores on the two halves of a set split by article (even and odd position in the file): thresholds
 * calibrated on SQuAD are fitted on `fit` only, so `heldOut` is a figure nothing was tuned on.
 */
export interface SquadV2Halves {
  fit: SquadV2Scores;
  heldOut: SquadV2Scores;
  /** All questions, every found answer counted as an answer (its text when it states no span). */
  strict: SquadV2Scores;
}

/** Calibration half: questions from the set's even-numbered articles (by paragraph when the article is unknown). */
const inFitHalf = (q: SquadQuestion): boolean => (q.article ?? q.paragraph) % 2 === 0;

/** One asked question, kept for threshold studies. */
export interface SquadV2Outcome {
  question: SquadQuestion;
  answer: Answer | null;
}

const fileOf = (paragraph: number) => `squad-${paragraph}.txt`;

function summarize(setting: SquadV2Setting, outcomes: SquadV2Outcome[]): SquadV2Result {
  const questions = outcomes.map((o) => o.question);
  const predictions = new Map(outcomes.map((o) => [o.question.id, squadPrediction(o.answer)]));
  const abstained = new Map(questions.map((q) => [q.id, '']));
  const share = (list: SquadV2Outcome[], test: (o: SquadV2Outcome) => boolean) =>
    list.length === 0 ? 0 : list.filter(test).length / list.length;
  const answerable = outcomes.filter((o) => !o.question.impossible);
  const unanswerable = outcomes.filter((o) => o.question.impossible);
  return {
    setting,
    scores: scoreSquadV2(questions, predictions),
    abstainF1: scoreSquadV2(questions, abstained).f1,
    hasAnsAnswered: share(answerable, (o) => squadPrediction(o.answer) !== ''),
    noAnsAnswered: share(unanswerable, (o) => squadPrediction(o.answer) !== ''),
    paragraphHit:
      setting === 'closed corpus'
        ? share(answerable, (o) => firstShown(o.answer)?.article === fileOf(o.question.paragraph))
        : null,
  };
}

/** Every question asked through `engine.ask` over an engine holding only its own paragraph. */
function askGivenParagraph(set: SquadSet): SquadV2Outcome[] {
  const byParagraph = new Map<number, SquadQuestion[]>();
  for (const q of set.questions) byParagraph.set(q.paragraph, [...(byParagraph.get(q.paragraph) ?? []), q]);
  const outcomes: SquadV2Outcome[] = [];
  for (const [paragraph, questions] of byParagraph) {
    const { engine } = createEngine([benchFile(fileOf(paragraph), set.paragraphs[paragraph] ?? '')]);
    for (const question of questions)
      outcomes.push({ question, answer: askOrNull(engine, question.question) });
  }
  return outcomes;
}

/** The engine over every paragraph (one article each), asked every question. */
function askClosedCorpus(set: SquadSet): SquadV2Outcome[] {
  const { engine } = createEngine(set.paragraphs.map((text, i) => benchFile(fileOf(i), text)));
  return set.questions.map((question) => ({ question, answer: askOrNull(engine, question.question) }));
}

const settings: Record<SquadV2Setting, (set: SquadSet) => SquadV2Outcome[]> = {
  'gold paragraph': askGivenParagraph,
  'closed corpus': askClosedCorpus,
};

/** SQuAD v2.0 through the product's own ask path: given the gold paragraph, and as a closed corpus. */
export function runSquadV2(
  set: SquadSet,
  which: readonly SquadV2Setting[] = ['gold paragraph', 'closed corpus'],
): SquadV2Result[] {
  return runSquadV2Halves(set, which).map((r) => r.result);
}

/** `runSquadV2`, with each setting's scores on the calibration half and the held-out half too. */
export function runSquadV2Halves(
  set: SquadSet,
  which: readonly SquadV2Setting[],
): Array<{ result: SquadV2Result; halves: SquadV2Halves }> {
  return which.map((setting) => {
    const outcomes = settings[setting](set);
    const predictions = new Map(outcomes.map((o) => [o.question.id, squadPrediction(o.answer)]));
    const questions = outcomes.map((o) => o.question);
    return {
      result: summarize(setting, outcomes),
      halves: {
        fit: scoreSquadV2(questions.filter(inFitHalf), predictions),
        heldOut: scoreSquadV2(
          questions.filter((q) => !inFitHalf(q)),
          predictions,
        ),
        strict: scoreSquadV2(
          questions,
          new Map(outcomes.map((o) => [o.question.id, squadPredictionStrict(o.answer)])),
        ),
      },
    };
  });
}
