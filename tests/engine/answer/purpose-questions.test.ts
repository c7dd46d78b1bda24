import { createEngine } from '../../../src/engine/create-engine.js';
import type { Engine } from '../../../src/engine/types.js';
import { seedEngine } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

let seeds: Engine;
let pact: Engine;
const PACT = [
  'US and Congo sign cobalt pact',
  '',
  'The US and Congo signed a cobalt pact in Kinshasa on Monday, US officials said.',
  'Cobalt is an essential ingredient in the cathodes of the lithium-ion batteries that power electric cars.',
  'The US will buy Congolese cobalt for its strategic stockpile.',
].join('\n');
/** A sentence that says what critical minerals are used for, in either seed article that says it. */
const STATES_USE = /indispensable for advanced electronics|essential components for electric vehicles/;

beforeAll(async () => {
  seeds = await seedEngine();
  pact = createEngine([syntheticArticle('pact.txt', PACT)]).engine;
});

describe('"used for / use of / purpose" questions cite a sentence that states a use', () => {
  test.each([
    'what are critical minerals used for',
    'what is the use of critical minerals',
    'what is the purpose of critical minerals',
    'what are critical minerals needed for',
  ])('%s (on the seeds)', (question) => {
    const answer = seeds.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.quote).toMatch(STATES_USE);
    expect(answer.answer).not.toMatch(/^India and the US are deepening strategic ties/);
  });

  test('"US" is not the verb "use": the sentence stating the use leads, not the ones naming the US', () => {
    for (const question of [
      'what is cobalt used for',
      "what's the use of cobalt",
      'what is cobalt needed for',
    ]) {
      const answer = pact.ask(question);
      expect(answer.found).toBe(true);
      expect(answer.answer).toMatch(/^Cobalt is an essential ingredient in the cathodes/);
    }
  });

  test('a question that only mentions a use ("the cameras used in X") is not a purpose question', () => {
    const engine = createEngine([
      syntheticArticle(
        'cams.txt',
        'Mine cameras\n\nThe cameras used in the Kamoto shaft record in 4K. Cameras are used for checking the shaft walls.',
      ),
    ]).engine;
    expect(engine.ask('What is the resolution of the cameras used in the Kamoto shaft?').answer).toMatch(
      /4K/,
    );
  });
});
