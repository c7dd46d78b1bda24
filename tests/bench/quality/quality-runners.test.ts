import { readerKinds } from '../../../src/bench/quality/all-readers.js';
import { runSciFact } from '../../../src/bench/quality/run-scifact.js';
import {
  runSquadReading,
  sentenceHoldsAnswer,
  type ReaderKind,
} from '../../../src/bench/quality/run-squad-reading.js';
import { runSquadRetrieval } from '../../../src/bench/quality/run-squad-retrieval.js';
import { spanReader } from '../../../src/bench/quality/span-reader.js';
import { runWeightingSweep } from '../../../src/bench/quality/run-weighting-sweep.js';
import { ourIndex } from '../../../src/bench/retrievers/our-index.js';
import type { SquadSet } from '../../../src/bench/data/read-squad.js';

const paragraphs = [
  'The Denver Broncos won Super Bowl 50. The game was played in Santa Clara, California.',
  'Cocoa is grown in Bahia. Heavy showers helped the crop in February.',
  'Tesla builds electric cars. Its chief executive is Elon Musk.',
];
const gold = (paragraph: number, text: string) => ({ text, start: paragraphs[paragraph]!.indexOf(text) });
const squad: SquadSet = {
  paragraphs,
  questions: [
    {
      id: 'a',
      question: 'Where was the game played?',
      paragraph: 0,
      answers: [gold(0, 'Santa Clara, California')],
      impossible: false,
    },
    {
      id: 'b',
      question: 'When did heavy showers help the crop?',
      paragraph: 1,
      answers: [gold(1, 'February')],
      impossible: false,
    },
    {
      id: 'c',
      question: 'Who is the chief executive of Tesla?',
      paragraph: 2,
      answers: [gold(2, 'Elon Musk')],
      impossible: false,
    },
  ],
};

describe('quality runners', () => {
  test('SciFact-style scoring: perfect ranking gives 1, a missing document lowers recall', () => {
    const set = {
      docs: paragraphs.map((text, i) => ({ id: `d${i}`, text })),
      queries: [
        { id: 'q1', text: 'cocoa Bahia showers' },
        { id: 'q2', text: 'electric cars Tesla' },
      ],
      qrels: new Map([
        ['q1', new Map([['d1', 1]])],
        [
          'q2',
          new Map([
            ['d2', 1],
            ['missing', 1],
          ]),
        ],
      ]),
    };
    const result = runSciFact(set, ourIndex());
    expect(result.queries).toBe(2);
    expect(result.recall100).toBeCloseTo(0.75);
    expect(result.ndcg10).toBeGreaterThan(0.8);
    expect(result.ndcg10).toBeLessThan(1);
  });

  test('SQuAD retrieval finds each question its paragraph', () => {
    expect(runSquadRetrieval(squad, ourIndex())).toEqual({
      engine: 'minerals',
      questions: 3,
      hit1: 1,
      hit5: 1,
    });
  });

  test('sentence accuracy uses answer offsets; EM/F1 are percentages', () => {
    expect(
      sentenceHoldsAnswer(
        paragraphs[0]!,
        'The game was played in Santa Clara, California.',
        squad.questions[0]!,
      ),
    ).toBe(true);
    expect(
      sentenceHoldsAnswer(paragraphs[0]!, 'The Denver Broncos won Super Bowl 50.', squad.questions[0]!),
    ).toBe(false);
    expect(sentenceHoldsAnswer(paragraphs[0]!, '', squad.questions[0]!)).toBe(false);
    const oracle: ReaderKind = {
      name: 'oracle',
      prepare: () => (q) => ({ sentence: '', answer: q.startsWith('Who') ? 'Elon Musk' : 'no idea' }),
    };
    const result = runSquadReading(squad, oracle);
    expect(result.exactMatch).toBeCloseTo(100 / 3);
    expect(result.sentenceAccuracy).toBe(0);
  });

  test('baseline readers answer with the best sentence of the paragraph', () => {
    for (const reader of readerKinds.filter((r) => r.name !== 'minerals')) {
      const result = runSquadReading(squad, reader);
      expect(result.sentenceAccuracy).toBe(1);
      expect(result.f1).toBeGreaterThan(0);
      expect(result.exactMatch).toBe(0);
    }
  });

  test('our reader picks the sentence with our index and a short span inside it', () => {
    const result = runSquadReading(squad, spanReader);
    expect(result.engine).toBe('minerals');
    expect(result.sentenceAccuracy).toBe(1);
    const ask = spanReader.prepare(paragraphs[2]!);
    expect(ask('Who is the chief executive of Tesla?')).toEqual({
      sentence: 'Its chief executive is Elon Musk.',
      answer: 'Elon Musk',
    });
    expect(result.f1).toBeGreaterThan(50);
  });

  test('the sweep scores every variant, analysing once per analysis setting', () => {
    const set = {
      docs: paragraphs.map((text, i) => ({ id: `d${i}`, text })),
      queries: [{ id: 'q', text: 'Bahia cocoa' }],
      qrels: new Map([['q', new Map([['d1', 1]])]]),
    };
    const rows = runWeightingSweep(set, squad, [
      { weighting: 'bm25', k1: 0.9 },
      { weighting: 'tfidf' },
      { stem: false },
    ]);
    expect(rows.map((r) => [r.options.weighting, r.options.k1, r.options.stem])).toEqual([
      ['bm25', 0.9, true],
      ['tfidf', 1.2, true],
      ['bm25', 1.2, false],
    ]);
    for (const row of rows) expect(row.scifactNdcg10).toBe(1);
  });
});
