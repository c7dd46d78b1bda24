import { QuestionError, type Answer, type Engine } from '../../engine/index.js';
import type { DevQaSet } from '../data/read-dev-qa.js';
import { judgeDevQa, type DevQaVerdict } from '../metrics/score-dev-qa.js';

export interface DevQaResult {
  passed: number;
  total: number;
  /** One line per question: verdict, question, answer (for the report). */
  lines: Array<{ verdict: DevQaVerdict; question: string; answer: string }>;
}

/** Asks every dev-qa question and scores it the way ../shared/tools/score-dev-qa.mjs does. */
export function runDevQa(engine: Engine, set: DevQaSet): DevQaResult {
  const lines = set.questions.map((q) => {
    let answer: Answer | null = null;
    try {
      answer = engine.ask(q.q);
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
    }
    const verdict = judgeDevQa(q, answer, set.junk);
    return { verdict, question: q.q, answer: answer?.found ? answer.answer : '(not found)' };
  });
  return { passed: lines.filter((l) => l.verdict === 'ok').length, total: lines.length, lines };
}
