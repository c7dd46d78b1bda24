import { EXAMPLE_QUESTIONS } from '../../src/slack/example-questions.js';
import { seedEngine } from '../support/seed-engine.js';
import { sendSlashCommand } from './support/send-signed.js';
import { startTestApp, type TestApp } from './support/start-test-app.js';

/**
 * Measures, does not assert on time: ack latency (median, max) over 50 signed slash commands,
 * half sequential and half in concurrent bursts of 5, and the time until the answer reaches response_url.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ engine: await seedEngine() });
});
afterAll(async () => {
  await t.close();
});

function stats(values: number[]): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median: Number(median.toFixed(1)), max: Number((sorted.at(-1) ?? 0).toFixed(1)) };
}

test('ack and answer times over 50 signed requests (printed)', async () => {
  const acks: number[] = [];
  const answers: number[] = [];
  let n = 0;
  const one = async () => {
    const id = `measure-${++n}`;
    const question = EXAMPLE_QUESTIONS[n % EXAMPLE_QUESTIONS.length] ?? '';
    const startedAt = Date.now();
    const sent = await sendSlashCommand(t.eventsUrl, {
      text: `ask ${question}`,
      responseUrl: t.fake.responseUrl(id),
    });
    expect(sent.status).toBe(200);
    acks.push(sent.ms);
    const reply = await t.fake.waitFor(() => t.fake.responsesTo(id)[0]);
    answers.push(reply.at - startedAt);
  };
  for (let i = 0; i < 25; i++) await one();
  for (let burst = 0; burst < 5; burst++) await Promise.all(Array.from({ length: 5 }, one));
  expect(acks).toHaveLength(50);
  expect(answers).toHaveLength(50);
  const ack = stats(acks);
  const answer = stats(answers);
  console.log(
    `ack ms over 50 signed requests: median ${ack.median}, max ${ack.max}; time to answer ms: median ${answer.median}, max ${answer.max}`,
  );
});
