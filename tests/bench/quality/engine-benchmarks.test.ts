import type { SquadSet } from '../../../src/bench/data/read-squad.js';
import type { ReutersStory } from '../../../src/bench/data/read-reuters.js';
import { plainAnswer, squadPrediction } from '../../../src/bench/quality/engine-reader.js';
import { knownItems, runReutersTitles } from '../../../src/bench/quality/run-reuters-titles.js';
import { runSquadV2 } from '../../../src/bench/quality/run-squad-v2.js';
import type { Answer } from '../../../src/engine/index.js';

const paragraphs = [
  'Tesla builds electric cars in Fremont. Its chief executive is Elon Musk.',
  'Cocoa is grown in Bahia. Heavy showers helped the crop in February.',
];
const squad: SquadSet = {
  paragraphs,
  questions: [
    {
      id: 'a',
      question: 'Who is the chief executive of Tesla?',
      paragraph: 0,
      answers: [{ text: 'Elon Musk', start: paragraphs[0]!.indexOf('Elon') }],
      impossible: false,
    },
    { id: 'n', question: 'What is the population of Bahia?', paragraph: 1, answers: [], impossible: true },
  ],
};

describe('benchmarks through engine.ask', () => {
  test('an answer becomes its text without citation markers; an abstention becomes ""', () => {
    const answer = { found: true, answer: 'Glencore [1, 2], Trafigura [3]' } as Answer;
    expect(plainAnswer(answer)).toBe('Glencore, Trafigura');
    expect(squadPrediction({ ...answer, found: false })).toBe('');
    expect(squadPrediction(null)).toBe('');
  });

  test('SQuAD v2.0: both settings score every question against the always-abstain baseline', () => {
    const [gold, closed] = runSquadV2(squad);
    expect(gold!.setting).toBe('gold paragraph');
    expect(closed!.setting).toBe('closed corpus');
    for (const result of [gold!, closed!]) {
      expect(result.scores.total).toBe(2);
      expect(result.scores.hasAnsTotal).toBe(1);
      expect(result.abstainF1).toBe(50);
    }
    expect(closed!.paragraphHit).not.toBeNull();
  });

  test('Reuters known items: titles shared by two stories are not asked; each title finds its story', () => {
    const story = (id: string, title: string, body: string): ReutersStory => ({ id, date: '', title, body });
    const stories = [
      story(
        '1',
        'BAHIA COCOA REVIEW',
        'SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone.',
      ),
      story(
        '2',
        'OPEC OUTPUT RISES',
        'VIENNA, March 2 - Output of crude by OPEC members rose in February, officials said.',
      ),
      story(
        '3',
        'FED SETS RATE',
        'NEW YORK, March 3 - The Federal Reserve set its discount rate, dealers said.',
      ),
      story('4', 'FED SETS RATE', 'NEW YORK, March 4 - The Federal Reserve again set a rate for banks.'),
    ];
    expect(knownItems(stories, 1).map((s) => s.id)).toEqual(['1', '2']);
    const [ours, sample, natural] = runReutersTitles(stories, 1);
    expect(ours).toMatchObject({ engine: 'minerals', stories: 4, queries: 2 });
    // All four titles asked; the two "FED SETS RATE" stories cannot both be first for the same query.
    expect(ours!.allTitles).toMatchObject({ queries: 4, sameTitleHit1: 1 });
    expect(ours!.allTitles!.hit1).toBeLessThanOrEqual(0.75);
    expect(sample!.allTitles).toBeNull();
    expect(sample!.queries).toBe(1);
    expect(natural).toMatchObject({ engine: 'natural TfIdf', queries: 1, hit1: 1, answeredHit1: null });
  });
});
