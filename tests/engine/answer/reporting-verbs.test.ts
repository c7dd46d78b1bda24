import { createEngine } from '../../../src/engine/create-engine.js';
import type { Engine } from '../../../src/engine/types.js';
import { seedEngine } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

let seeds: Engine;
beforeAll(async () => {
  seeds = await seedEngine();
});

describe('a kindred reporting verb holds the question\'s ("call for" is answered by "encouraged", "urged", "pressed for")', () => {
  test.each(['what did usispf call for', 'what did USISPF urge', 'what did USISPF push for'])(
    '%s (on the seeds)',
    (question) => {
      const answer = seeds.ask(question);
      expect(answer.found).toBe(true);
      expect(answer.answer).toMatch(/^USISPF further encouraged closer government-industry partnerships/);
    },
  );

  test('"what did the union call for" is answered by "the union pressed for"', () => {
    const engine = createEngine([
      syntheticArticle(
        'strike.txt',
        'Kabwe strike talks\n\nThe mineworkers union pressed for a 12 per cent pay rise at the Kabwe smelter on Monday.\nManagers said talks would resume on Friday.',
      ),
    ]).engine;
    const answer = engine.ask('what did the union call for?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(/^The mineworkers union pressed for a 12 per cent pay rise/);
  });

  test('a kindred verb does not stand in for a verb of another kind', () => {
    const engine = createEngine([
      syntheticArticle(
        'strike.txt',
        'Kabwe strike talks\n\nThe mineworkers union pressed for a 12 per cent pay rise at the Kabwe smelter on Monday.',
      ),
    ]).engine;
    expect(engine.ask('what did the union sign?').found).toBe(false);
  });
});
