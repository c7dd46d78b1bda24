import { judgeDevQa } from '../../../src/bench/metrics/score-dev-qa.js';
import type { Answer, Citation } from '../../../src/engine/index.js';

const citation = (quote: string): Citation => ({
  article: 'a.txt',
  title: 't',
  source: null,
  date: null,
  url: null,
  quote,
  score: 1,
  passageId: 'a.txt#0.0',
  start: 0,
  end: quote.length,
});
const answer = (text: string, found = true, quotes: string[] = ['q']): Answer => ({
  question: 'q',
  found,
  answer: text,
  kind: 'other',
  citations: found ? quotes.map(citation) : [],
  closest: [],
  more: [],
});

describe('dev-qa judging', () => {
  const q = { q: 'Who attended?', all: [['vaishnaw'], ['bessent', 'australia']] };

  test('every group needs one alternative, case-insensitively', () => {
    expect(judgeDevQa(q, answer('Ashwini VAISHNAW and Australia'), [])).toBe('ok');
    expect(judgeDevQa(q, answer('Ashwini Vaishnaw'), [])).toBe('miss');
    expect(judgeDevQa(q, answer('Vaishnaw, Bessent', false), [])).toBe('miss');
    expect(judgeDevQa(q, null, [])).toBe('miss');
  });

  test('unanswerable questions must abstain', () => {
    const none = { q: 'GDP of Brazil?', found: false };
    expect(judgeDevQa(none, answer('', false), [])).toBe('ok');
    expect(judgeDevQa(none, null, [])).toBe('miss');
    expect(judgeDevQa(none, answer('2 trillion'), [])).toBe('miss');
  });

  test('junk in the answer or the first three quotes fails; a fourth quote is not shown', () => {
    const text = 'Vaishnaw and Bessent';
    expect(judgeDevQa(q, answer(text, true, ['x', 'Read Now']), ['Read Now'])).toBe('junk');
    expect(judgeDevQa(q, answer(text, true, ['x', 'y', 'z', 'Read Now']), ['Read Now'])).toBe('ok');
  });
});
