import { sendSlashCommand } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { seedEngine } from '../../support/seed-engine.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ engine: await seedEngine() });
});
afterAll(() => t.close());

test('/minerals ask for attendees: the host on its own line, then people, countries and organisations, no quote twice', async () => {
  await sendSlashCommand(t.eventsUrl, {
    text: 'ask Who attended the Finance Ministerial?',
    responseUrl: t.fake.responseUrl('grouped'),
  });
  const reply = (await t.fake.waitFor(() => t.fake.responsesTo('grouped')[0])).body as {
    blocks: Array<{ type: string; text?: { text: string } }>;
  };
  const answer = reply.blocks[1]?.text?.text ?? '';
  const lines = Object.fromEntries(
    answer.split('\n').map((line) => [/^\*([^:*]+):\*/.exec(line)?.[1] ?? '', line]),
  );
  expect(lines['Hosted by']).toMatch(/Scott Bessent \[\d/);
  expect(lines.People).toMatch(/Ashwini Vaishnaw \[\d/);
  expect(lines.People).not.toContain('Bessent');
  expect(lines['Countries and places']).toMatch(/Japan \[\d/);
  expect(lines['Countries and places']).not.toContain('Vaishnaw');
  const quotes = reply.blocks
    .filter((b) => b.type === 'section' && b.text?.text.includes('\n>'))
    .map((b) => b.text!.text.split('\n>')[1]!.split('\n')[0]!);
  expect(quotes.length).toBeGreaterThanOrEqual(3);
  expect(new Set(quotes.map((q) => q.slice(0, 60))).size).toBe(quotes.length);
});
