import type { Engine } from '../../src/engine/index.js';
import { EXAMPLE_QUESTIONS } from '../../src/slack/example-questions.js';
import { SLACK_MAX_CITATIONS } from '../../src/slack/ask-engine.js';
import { escapeMrkdwn } from '../../src/slack/render/escape-mrkdwn.js';
import { BOT_USER_ID } from './support/fake-slack.js';
import { seedEngine } from '../support/seed-engine.js';
import { APP_TOKEN, startTestApp, type TestApp } from './support/start-test-app.js';

let engine: Engine;
let t: TestApp;

beforeAll(async () => {
  engine = await seedEngine();
  t = await startTestApp({ engine, socketMode: true });
});
afterAll(async () => {
  await t.close();
});

const acked = (envelopeId: string) => () =>
  t.fake.socketMessages.find((m) => (m as { envelope_id?: string }).envelope_id === envelopeId);

test('connects through apps.connections.open with the app-level token and answers a slash command over the socket', async () => {
  expect(t.minerals.mode).toBe('socket');
  const open = t.fake.callsTo('apps.connections.open');
  expect(open).toHaveLength(1);
  expect(open[0]?.authorization).toBe(`Bearer ${APP_TOKEN}`);
  await t.fake.waitFor(() => t.fake.socketCount === 1);

  const question = EXAMPLE_QUESTIONS[0] ?? '';
  const sentAt = performance.now();
  t.fake.sendEnvelope({
    envelope_id: 'env-command-1',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      token: 'x',
      team_id: 'T0TEST',
      team_domain: 'test',
      channel_id: 'C0GENERAL',
      channel_name: 'general',
      user_id: 'U0ASKER',
      user_name: 'asker',
      command: '/minerals',
      text: `ask ${question}`,
      api_app_id: 'A0TEST',
      response_url: t.fake.responseUrl('socket-1'),
      trigger_id: '1.2.3',
    },
  });
  await t.fake.waitFor(acked('env-command-1'));
  expect(performance.now() - sentAt).toBeLessThan(3000);
  const reply = await t.fake.waitFor(() => t.fake.responsesTo('socket-1')[0]);
  const expected = engine.ask(question, { maxCitations: SLACK_MAX_CITATIONS });
  const first = expected.citations[0]?.quote ?? '';
  expect(JSON.stringify(reply.body.blocks)).toContain(JSON.stringify(escapeMrkdwn(first)).slice(1, 40));
});

test('an app_mention over the socket is acked and answered in its thread; a retried envelope is not answered twice', async () => {
  const envelope = (id: string, attempt: number) => ({
    envelope_id: id,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: attempt,
    retry_reason: attempt ? 'timeout' : '',
    payload: {
      team_id: 'T0TEST',
      api_app_id: 'A0TEST',
      type: 'event_callback',
      event_id: 'Ev0SOCKET',
      event_time: 1,
      event: {
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT_USER_ID}> ${EXAMPLE_QUESTIONS[3]}`,
        ts: '1700000500.1',
        channel: 'C0NEWS',
      },
    },
  });
  t.fake.sendEnvelope(envelope('env-event-1', 0));
  await t.fake.waitFor(acked('env-event-1'));
  const post = await t.fake.waitFor(() => t.fake.callsTo('chat.postMessage')[0]);
  expect(post.params).toMatchObject({ channel: 'C0NEWS', thread_ts: '1700000500.1' });
  t.fake.sendEnvelope(envelope('env-event-2', 1));
  await t.fake.waitFor(acked('env-event-2'));
  await new Promise((r) => setTimeout(r, 150));
  expect(t.fake.callsTo('chat.postMessage')).toHaveLength(1);
});

// Last in this file: it closes the socket.
test('Socket Mode serves GET /healthz on PORT: 200 while the socket is open, 503 once Slack drops it', async () => {
  const health = async () => {
    const res = await fetch(`${t.baseUrl}/healthz`);
    return {
      status: res.status,
      body: (await res.json()) as { ok: boolean; slack: unknown; index: unknown },
    };
  };
  const open = await health();
  expect(open.status).toBe(200);
  expect(open.body).toMatchObject({
    ok: true,
    index: { loaded: true, articles: engine.articles().length },
    slack: { mode: 'socket', connected: true },
  });
  expect((await fetch(`${t.baseUrl}/slack/events`, { method: 'POST' })).status).toBe(404);

  await t.fake.closeSockets();
  let dropped = await health();
  for (let i = 0; i < 50 && dropped.status === 200; i++) {
    await new Promise((r) => setTimeout(r, 20));
    dropped = await health();
  }
  expect(dropped.status).toBe(503);
  expect(dropped.body).toMatchObject({ ok: false, slack: { mode: 'socket', connected: false } });
});
