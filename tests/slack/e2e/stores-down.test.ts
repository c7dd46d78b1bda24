import pg from 'pg';
import { CALLBACK_IDS } from '../../../src/slack/callback-ids.js';
import { createEditorCheck } from '../../../src/slack/create-editor-check.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import { DIGEST_SETTINGS_INPUTS } from '../../../src/slack/render/render-digest-settings.js';
import { createPostgresDigestSettingsStore } from '../../../src/storage/postgres-digest-settings-store.js';
import { createPostgresThreadStore } from '../../../src/storage/postgres-thread-store.js';
import { BOT_USER_ID } from '../support/fake-slack.js';
import { sendEvent, sendInteraction, viewSubmission } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { closedPort } from '../../support/closed-port.js';
import { seedEngine } from '../../support/seed-engine.js';

let t: TestApp;
let pool: pg.Pool;
beforeAll(async () => {
  // A database that is down.
  pool = new pg.Pool({
    connectionString: `postgres://minerals@127.0.0.1:${await closedPort()}/minerals`,
    connectionTimeoutMillis: 1000,
  });
  t = await startTestApp({
    engine: await seedEngine(),
    extra: async () => ({
      threads: createPostgresThreadStore(pool),
      editors: createEditorCheck({
        editors: { users: ['U0EDITOR'], groups: [] },
        logger: createLogger({ level: 'error', write: () => undefined }),
      }),
      digestSettings: {
        store: createPostgresDigestSettingsStore(pool),
        scheduleChanged: async () => undefined,
      },
    }),
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

test('while the settings store is down, saving the digest schedule keeps the modal open with a clear error', async () => {
  const values = {
    [DIGEST_SETTINGS_INPUTS.time.block]: {
      [DIGEST_SETTINGS_INPUTS.time.action]: { type: 'timepicker', selected_time: '09:30' },
    },
    [DIGEST_SETTINGS_INPUTS.timeZone.block]: {
      [DIGEST_SETTINGS_INPUTS.timeZone.action]: { type: 'plain_text_input', value: 'Asia/Kolkata' },
    },
  };
  const sent = await sendInteraction(
    t.eventsUrl,
    viewSubmission(CALLBACK_IDS.digestSettingsModal, values, 'U0EDITOR'),
  );
  expect(sent.status).toBe(200);
  const body = JSON.parse(sent.body || '{}') as { response_action?: string; errors?: Record<string, string> };
  expect(body.response_action).toBe('errors');
  expect(body.errors?.[DIGEST_SETTINGS_INPUTS.time.block]).toMatch(/could not save.*nothing was changed/i);
  expect(t.logs.join('\n')).toMatch(/digest settings could not be saved.*ECONNREFUSED/);
  expect(t.logs.join('\n')).not.toMatch(/unhandled error in a Slack listener/);
}, 20_000);
