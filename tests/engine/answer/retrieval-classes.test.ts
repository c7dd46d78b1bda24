import { createEngine } from '../../../src/engine/create-engine.js';
import type { Answer, Engine, SourceFile } from '../../../src/engine/types.js';
import { seedEngine, seedFiles } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

// A small wire corpus for cases the seeds have no example of: headlines, topic queries, a mid-body dateline.
const STORIES = [
  [
    'chile-tender.txt',
    'Chile opens lithium tender to foreign miners',
    'SANTIAGO, May 4 (Mining Wire) - Chile invited bids for new lithium contracts in the Atacama salt flat. Corfo said seven companies had registered by Friday.',
  ],
  [
    'zambia-cobalt.txt',
    'Zambia signs cobalt offtake with Glencore',
    'Lusaka, March 3 (Mining Wire) - Zambia’s mines ministry signed a cobalt offtake agreement with Glencore on Monday. The deal covers ten years of output.',
  ],
  [
    'congo-export.txt',
    'Congo extends cobalt export ban',
    'KINSHASA, March 5 (Mining Wire) - Congo extended its ban on cobalt exports by three months. The ministry said prices had not recovered.',
  ],
  [
    'indonesia-nickel.txt',
    'Indonesia caps nickel ore quotas',
    'JAKARTA, June 2 (Mining Wire) - Indonesia cut nickel ore mining quotas for the year. Smelters said the cut would raise costs.',
  ],
];
const wireFiles: SourceFile[] = STORIES.map(([name, title, body]) =>
  syntheticArticle(name!, `${title}\n\n${body}\n`),
);

let seeds: Engine;
let wire: Engine;
beforeAll(async () => {
  seeds = await seedEngine();
  wire = createEngine(wireFiles).engine;
});

const firstArticle = (answer: Answer) => (answer.citations[0] ?? answer.closest[0])?.article;

describe('8. titles are searchable: a pasted headline finds its article', () => {
  test.each(STORIES.map(([name, title]) => [title!, name!]))('%s', (title, name) => {
    const answer = wire.ask(title);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.article).toBe(name);
  });

  test('a seed headline, pasted as typed in Slack (lower case), finds its own article first', async () => {
    for (const file of await seedFiles()) {
      const title = seeds.article(file.name)!.title;
      if (title.length < 30) continue;
      const answer = seeds.ask(title.toLowerCase());
      expect([answer.found, firstArticle(answer)]).toEqual([true, file.name]);
    }
  });

  test('a topic query returns the best passages as found, not an abstention', () => {
    const answer = wire.ask('lithium tender chile');
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.article).toBe('chile-tender.txt');
    expect(answer.answer).toMatch(/lithium/i);
    expect(seeds.ask('rare earth magnet scheme').found).toBe(true);
  });
});

describe('7. abstention calibrated on content', () => {
  test.each([
    ['what is the population of delhi', /population/],
    ['What is the population of Delhi?', /population/],
    ['what is the price of cobalt', /price/],
    ["what did canada's finance minister say", /said/],
    ['who is the chief executive of tesla', /tesla/i],
  ])('seeds: "%s" abstains although other words (Delhi, cobalt, Canada) match', (question, reason) => {
    const answer = seeds.ask(question);
    expect(answer.found).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toMatch(reason);
  });

  test.each([
    ['what did vaishnaw say about supply chains', /Vaishnaw said/],
    ['what did bessent say', /Bessent said/],
    ['which portfolios does vaishnaw hold', /Railways/],
    ['who chaired the talks in washington', /Bessent/],
    ['how much is the rare earth magnet scheme worth', /7,280/],
  ])('seeds: "%s" is answered when a passage covers its distinctive terms', (question, expected) => {
    const answer = seeds.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(expected);
  });

  test('a paraphrased word is tolerated when the passage covers the rest; a missing subject is not', () => {
    expect(wire.ask('who did zambia sign the cobalt deal with').answer).toMatch(/Glencore/);
    expect(wire.ask('what is the population of zambia').found).toBe(false);
    expect(wire.ask('how long did congo extend the cobalt export ban').found).toBe(true);
  });
});

describe('9. datelines and bylines do not start an answer; quotes stay verbatim', () => {
  test('seeds: "New York/Washington:" is not part of the passage that opens the article', async () => {
    const answer = seeds.ask('What did India commit to?');
    expect(answer.found).toBe(true);
    expect(answer.answer).not.toMatch(/New York\/Washington/);
    const file = (await seedFiles()).find((f) => f.name === answer.citations[0]!.article)!;
    const text = new TextDecoder().decode(file.bytes);
    for (const citation of answer.citations)
      expect(text.slice(citation.start, citation.end)).toBe(citation.quote);
  });

  test('wire datelines ("Lusaka, March 3 (Mining Wire) -", "SANTIAGO, May 4 (...) -") are cut from the quote, offsets exact', () => {
    for (const [question, file] of [
      ['what did zambia sign', 'zambia-cobalt.txt'],
      ['who invited bids for lithium contracts', 'chile-tender.txt'],
    ] as const) {
      const answer = wire.ask(question);
      const citation = answer.citations[0]!;
      expect(citation.article).toBe(file);
      expect(citation.quote).not.toMatch(/Mining Wire|^(Lusaka|SANTIAGO)/);
      const text = new TextDecoder().decode(wireFiles.find((f) => f.name === file)!.bytes);
      expect(text.slice(citation.start, citation.end)).toBe(citation.quote);
    }
  });
});
