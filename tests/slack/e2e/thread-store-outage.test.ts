import { createServer } from 'node:net';
import pg from 'pg';
import { createPostgresThreadStore } from '../../../src/storage/postgres-thread-store.js';
import { BOT_USER_ID } from '../support/fake-slack.js';
import { sendEvent } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { seedEngine } from '../../support/seed-engine.js';

/** A loopback port nothing listens on: a database that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let t: TestApp;
let pool: pg.Pool;
beforeAll(async () => {
  pool = new pg.Pool({
    connectionString: `postgres://minerals@127.0.0.1:${await closedPort()}/minerals`,
    connectionTimeoutMillis: 1000,
  });
  t = await startTestApp({
    engine: await seedEngine(),
    extra: async () => ({ threads: createPostgresThreadStore(pool) }),
  });
});
afterAll(async () => {
  await t.close();
  await pool.end();
});

test('while the thread store is down a thread reply gets a private, clear notice; nothing escapes the listener', async () => {
  const root = '1700002001.000100';
  // A mention is still answered: its thread look-up and record fail quietly.
  await sendEvent(
    t.eventsUrl,
    {
      type: 'app_mention',
      channel: 'C0OUT',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> Who attended the ministerial?`,
      ts: root,
      event_ts: root,
    },
    'EvOut1',
  );
  const inThread = () => (t.fake.messages.get('C0OUT') ?? []).filter((m) => m.thread_ts === root);
  await t.fake.waitFor(() => inThread().length === 1);

  const reply = '1700002002.000100';
  await sendEvent(
    t.eventsUrl,
    {
      type: 'message',
      channel: 'C0OUT',
      channel_type: 'channel',
      user: 'U0ASKER',
      text: 'and when was it?',
      ts: reply,
      thread_ts: root,
      event_ts: reply,
    },
    'EvOut2',
  );
  const notice = await t.fake.waitFor(() => t.fake.callsTo('chat.postEphemeral')[0]);
  expect(notice.params).toMatchObject({ channel: 'C0OUT', user: 'U0ASKER' });
  expect(String(notice.params.text)).toMatch(/could not check whether I answered in this thread/);
  expect(String(notice.params.text)).toContain(`<@${BOT_USER_ID}>`);
  // No public answer in a thread the bot cannot tell is its own.
  expect(inThread()).toHaveLength(1);
  expect(t.logs.join('\n')).toMatch(/could not read answered threads.*ECONNREFUSED/);
  expect(t.logs.join('\n')).not.toMatch(/unhandled error in a Slack listener/);
}, 20_000);
