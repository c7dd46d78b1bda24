import { readFileSync } from 'node:fs';
import { seedEngine } from '../support/seed-engine.js';

const devQa = JSON.parse(readFileSync('tests/fixtures/dev-qa.json', 'utf8')) as {
  questions: Array<{ q: string }>;
};

test('warming up leaves every answer as a fresh engine gives it', async () => {
  const [cold, warm] = await Promise.all([seedEngine(), seedEngine()]);
  warm.warmUp();
  const questions = devQa.questions.map((q) => q.q);
  expect(questions.length).toBeGreaterThan(10);
  for (const question of questions) expect(warm.ask(question)).toEqual(cold.ask(question));
});
