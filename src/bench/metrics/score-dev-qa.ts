import type { Answer } from '../../engine/index.js';
import type { DevQaQuestion } from '../data/read-dev-qa.js';

export type DevQaVerdict = 'ok' | 'miss' | 'junk';

const has = (text: string, needle: string): boolean => text.toLowerCase().includes(needle.toLowerCase());

/**
 * The shared scorer's rule: no junk in the answer or the first 3 quotes; abstain when `found` is false,
 * else every `all` group has an alternative in the answer. `null` answer = the engine refused the question.
 */
export function judgeDevQa(question: DevQaQuestion, answer: Answer | null, junk: string[]): DevQaVerdict {
  const shown = [answer?.answer ?? '', ...(answer?.citations ?? []).slice(0, 3).map((c) => c.quote)].join(
    ' ',
  );
  if (junk.some((j) => has(shown, j))) return 'junk';
  if (question.found === false) return answer?.found === false ? 'ok' : 'miss';
  if (answer?.found !== true) return 'miss';
  return (question.all ?? []).every((group) => group.some((alt) => has(answer.answer, alt))) ? 'ok' : 'miss';
}
