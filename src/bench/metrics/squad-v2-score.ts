import { bestOver, exactMatch, f1Score, normalizeAnswer } from './squad-score.js';

/** What the v2.0 scorer needs of a question: its id and its gold answer texts (none when unanswerable). */
export interface ScoredQuestion {
  id: string;
  answers: Array<{ text: string }>;
}

/**
 * evaluate-v2.0.py's summary, as percentages: all questions, then answerable (HasAns) and unanswerable
 * (NoAns) ones.
 */
export interface SquadV2Scores {
  total: number;
  exact: number;
  f1: number;
  hasAnsTotal: number;
  hasAnsExact: number;
  hasAnsF1: number;
  noAnsTotal: number;
  /** Share of unanswerable questions (no gold answer at all) answered with "": their EM. */
  noAnsAccuracy: number;
}

const percent = (values: number[]) =>
  values.length === 0 ? 0 : (100 * values.reduce((a, b) => a + b, 0)) / values.length;

/**
 * Scores predictions the way the official SQuAD v2.0 script does (no na_prob threshold): gold answers
 * that normalise to nothing are dropped, a question with none left has the single gold "", and a
 * question without a prediction is skipped (the script prints "Missing prediction").
 */
export function scoreSquadV2(
  questions: ScoredQuestion[],
  predictions: ReadonlyMap<string, string>,
): SquadV2Scores {
  const has = { exact: [] as number[], f1: [] as number[] };
  const none = { exact: [] as number[], f1: [] as number[] };
  for (const q of questions) {
    const prediction = predictions.get(q.id);
    if (prediction === undefined) continue;
    const kept = q.answers.map((a) => a.text).filter((text) => normalizeAnswer(text) !== '');
    // The script splits HasAns/NoAns on the raw answer list, before normalisation.
    const part = q.answers.length > 0 ? has : none;
    const golds = kept.length > 0 ? kept : [''];
    part.exact.push(bestOver(exactMatch, prediction, golds));
    part.f1.push(bestOver(f1Score, prediction, golds));
  }
  return {
    total: has.exact.length + none.exact.length,
    exact: percent([...has.exact, ...none.exact]),
    f1: percent([...has.f1, ...none.f1]),
    hasAnsTotal: has.exact.length,
    hasAnsExact: percent(has.exact),
    hasAnsF1: percent(has.f1),
    noAnsTotal: none.exact.length,
    noAnsAccuracy: percent(none.exact),
  };
}
