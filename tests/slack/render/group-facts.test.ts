import { groupFacts } from '../../../src/slack/render/group-facts.js';
import { renderAnswer } from '../../../src/slack/render/render-answer.js';
import type { AnswerFact } from '../../../src/engine/index.js';
import { makeAnswer } from '../support/make-answer.js';

const fact = (value: string, type: AnswerFact['type'], role: AnswerFact['role'] = null): AnswerFact => ({
  value,
  type,
  refs: [1],
  role,
});

test('several kinds become one line each, the host first; one kind, or only hosts, stays one line', () => {
  const groups = groupFacts([
    fact('India', 'place'),
    fact('Scott Bessent', 'person', 'host'),
    fact('Ashwini Vaishnaw', 'person'),
    fact('JP Morgan', 'org'),
  ]);
  expect(groups?.map((g) => [g.label, g.facts.map((f) => f.value)])).toEqual([
    ['Hosted by', ['Scott Bessent']],
    ['People', ['Ashwini Vaishnaw']],
    ['Organisations', ['JP Morgan']],
    ['Countries and places', ['India']],
  ]);
  expect(groupFacts([fact('A', 'person'), fact('B', 'person')])).toBeNull();
  expect(groupFacts([fact('A', 'person', 'host'), fact('B', 'org', 'host')])).toBeNull();
});

test('grouped lines are escaped', () => {
  const message = renderAnswer(
    makeAnswer({ facts: [fact('<!channel> Corp', 'org'), fact('Ana <b>', 'person')] }),
  );
  const text = JSON.stringify(message.blocks);
  expect(text).toContain('*People:* Ana &lt;b&gt; [1]');
  expect(text).toContain('*Organisations:* &lt;!channel&gt; Corp [1]');
});
