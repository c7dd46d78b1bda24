import { isHostMention } from '../../../src/engine/answer/answer-facts.js';
import { dropRepeatedQuotes, repeats } from '../../../src/engine/answer/drop-repeated-quotes.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Answer, Citation } from '../../../src/engine/types.js';
import { seedEngine } from '../../support/seed-engine.js';

const cite = (article: string, quote: string, n: number): Citation => ({
  article,
  title: 't',
  source: null,
  date: null,
  url: null,
  quote,
  score: 1,
  passageId: `${article}#0.${n}`,
  start: 0,
  end: quote.length,
});

test('a host is told by "hosted by <title> <name>", "convened by", or "<name> is hosting"; attending is not hosting', () => {
  const at = (text: string, name: string) => ({
    start: text.indexOf(name),
    end: text.indexOf(name) + name.length,
  });
  const a = 'The ministerial was hosted by US Treasury Secretary Scott Bessent.';
  expect(isHostMention(a, at(a, 'Scott Bessent'))).toBe(true);
  const b =
    'The meeting is being convened by US Secretary of State Marco Rubio and attended by Ashwini Vaishnaw.';
  expect(isHostMention(b, at(b, 'Marco Rubio'))).toBe(true);
  expect(isHostMention(b, at(b, 'Ashwini Vaishnaw'))).toBe(false);
  const c = 'The United States is hosting the inaugural Critical Minerals Ministerial.';
  expect(isHostMention(c, at(c, 'United States'))).toBe(true);
});

test('a quote repeating an earlier one from the same article is dropped and its marks point at the first', () => {
  const answer: Answer = {
    question: 'Who attended?',
    found: true,
    kind: 'person',
    closest: [],
    answer: 'A [1, 2], B [3]',
    citations: [
      cite(
        'x.txt',
        'Union Minister Ashwini Vaishnaw attended a ministerial meeting organized by Scott Bessent.',
        0,
      ),
      cite(
        'x.txt',
        'Union Minister Ashwini Vaishnaw attended a ministerial-level meeting organised by Scott Bessent.',
        1,
      ),
      cite('y.txt', 'Greer attended too.', 0),
    ],
    more: [
      cite('y.txt', 'Greer attended, too', 5),
      cite('y.txt', 'Something else entirely happened here.', 6),
    ],
    facts: [
      { value: 'A', type: 'person', refs: [1, 2], role: null },
      { value: 'B', type: 'person', refs: [3], role: null },
    ],
  };
  const tidy = dropRepeatedQuotes(answer);
  expect(tidy.citations.map((c) => c.passageId)).toEqual(['x.txt#0.0', 'y.txt#0.0']);
  expect(tidy.answer).toBe('A [1], B [2]');
  expect(tidy.facts?.map((f) => f.refs)).toEqual([[1], [2]]);
  expect(tidy.more.map((c) => c.passageId)).toEqual(['y.txt#0.6']);
  // The same words in two articles are two sources, not a repeat.
  expect(repeats(cite('a.txt', 'Same words here.', 0), cite('b.txt', 'Same words here.', 0))).toBe(false);
});

test('on the seeds, the attendance answer quotes no sentence twice and names the host apart', async () => {
  const answer = (await seedEngine()).ask('Who attended the Finance Ministerial?');
  for (const [i, a] of answer.citations.entries())
    for (const b of answer.citations.slice(i + 1)) expect(repeats(a, b)).toBe(false);
  expect(answer.facts?.find((f) => f.value === 'Scott Bessent')).toMatchObject({
    type: 'person',
    role: 'host',
  });
  expect(answer.facts?.find((f) => f.value === 'Ashwini Vaishnaw')).toMatchObject({
    type: 'person',
    role: null,
  });
});

test('closest matches on a not-found answer are only those sharing a distinctive term with the question', () => {
  const files = [
    'Critical minerals supply chains were discussed by ministers in Lisbon on Monday.',
    'Critical minerals processing needs new refineries, the report on minerals said.',
    'Lithium prices in Chile rose as critical minerals demand grew.',
    ...Array.from(
      { length: 17 },
      (_, i) =>
        `Critical minerals trade note ${i}: officials met to discuss critical minerals policy and minerals supply.`,
    ),
  ].map((text, i) => ({
    name: `${String(i).padStart(2, '0')}.txt`,
    bytes: new TextEncoder().encode(`${text}\n`),
  }));
  const { engine } = createEngine(files);
  const common = engine.ask('How much do critical minerals cost per tonne?');
  expect(common.found).toBe(false);
  expect(common.closest).toEqual([]);
  const lithium = engine.ask('How much does lithium cost per tonne in critical minerals markets?');
  expect(lithium.found).toBe(false);
  expect(lithium.closest.length).toBeGreaterThan(0);
  for (const c of lithium.closest) expect(c.quote).toMatch(/lithium/i);
});
