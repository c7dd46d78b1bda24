import { createLateEngine, type LateEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/index.js';
import { EXAMPLE_QUESTIONS } from '../../src/slack/example-questions.js';
import { seedEngine } from '../support/seed-engine.js';
import { BOT_USER_ID } from './support/fake-slack.js';
import { sendEvent, sendSlashCommand } from './support/send-signed.js';
import { startTestApp, type TestApp } from './support/start-test-app.js';

// The real Bolt app listening while its corpus is still loading: the engine is handed over later.
let late: LateEngine;
let loaded: Engine;
let t: TestApp;
beforeAll(async () => {
  loaded = await seedEngine();
  late = createLateEngine();
  t = await startTestApp({ engine: late.engine, ready: late.ready });
});
afterAll(async () => {
  await t.close();
});

const question = EXAMPLE_QUESTIONS[0]!;

test('while loading: /healthz answers, a slash command and a mention are acked, and both are answered once the corpus is ready', async () => {
  const loading = (await (await fetch(`${t.baseUrl}/healthz`)).json()) as {
    ok: boolean;
    loading: boolean;
    articles: number;
  };
  expect(loading).toMatchObject({
    ok: true,
    loading: true,
    articles: 0,
    index: { loaded: false, articles: 0 },
    slack: { mode: 'http', connected: true },
  });

  const ack = await sendSlashCommand(t.eventsUrl, {
    text: `ask ${question}`,
    responseUrl: t.fake.responseUrl('early'),
  });
  expect(ack.status).toBe(200);
  const mention = await sendEvent(
    t.eventsUrl,
    {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> ${question}`,
      ts: '1700000900.000100',
      channel: 'C0NEWS',
    },
    'Ev0LOADING1',
  );
  expect(mention.status).toBe(200);
  // Nothing is answered from the empty corpus in the meantime.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(t.fake.responsesTo('early')).toHaveLength(0);
  expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);

  late.settle(loaded);
  const reply = await t.fake.waitFor(() => t.fake.responsesTo('early')[0]);
  const post = await t.fake.waitFor(() => t.fake.callsTo('chat.postMessage')[0]);
  const quote = loaded.ask(question).citations[0]!.quote.slice(0, 30);
  expect(JSON.stringify(reply.body)).toContain(JSON.stringify(quote).slice(1, -1).replace(/&/g, '&amp;'));
  expect(post.params).toMatchObject({ channel: 'C0NEWS', thread_ts: '1700000900.000100' });
  expect(t.fake.responsesTo('early')).toHaveLength(1);

  const ready = (await (await fetch(`${t.baseUrl}/healthz`)).json()) as {
    loading: boolean;
    articles: number;
  };
  expect(ready).toMatchObject({
    ok: true,
    loading: false,
    articles: loaded.articles().length,
    index: { loaded: true, articles: loaded.articles().length },
  });
});
