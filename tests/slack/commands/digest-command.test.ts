import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../../src/engine/index.js';
import { ACTION_IDS } from '../../../src/slack/action-ids.js';
import { createDigestCommand } from '../../../src/slack/commands/digest-command.js';
import { SLACK_MAX_CITATIONS } from '../../../src/slack/ask-engine.js';
import { escapeMrkdwn } from '../../../src/slack/render/escape-mrkdwn.js';
import type { DigestStore } from '../../../src/storage/digest-store.js';
import { createLowdbDigestStore } from '../../../src/storage/lowdb-digest-store.js';
import { createLowdbDigestSettingsStore } from '../../../src/storage/lowdb-digest-settings-store.js';
import { seedEngine } from '../../support/seed-engine.js';
import { sendSigned, sendSlashCommand } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let engine: Engine;
let t: TestApp;
let store: DigestStore;
let dir: string;

beforeAll(async () => {
  engine = await seedEngine();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-command-'));
  store = await createLowdbDigestStore(join(dir, 'digest.json'));
  const settings = await createLowdbDigestSettingsStore(join(dir, 'digest-settings.json'));
  await settings.initialize({
    subscriptions: [{ channel: 'C0DIGEST1', keywords: [], by: null, since: '2026-01-01T00:00:00.000Z' }],
    schedule: { cron: '0 8 * * *', timeZone: 'UTC' },
  });
  t = await startTestApp({ engine, subcommands: [createDigestCommand({ engine, store, settings })] });
});
afterEach(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

async function digestCommand(id: string, channelId = 'C0DIGEST1') {
  await sendSlashCommand(t.eventsUrl, { text: 'digest', responseUrl: t.fake.responseUrl(id), channelId });
  return (await t.fake.waitFor(() => t.fake.responsesTo(id)[0])).body;
}

test('/minerals digest previews the digest privately and posts nothing', async () => {
  const reply = await digestCommand('preview');
  expect(reply.response_type).toBe('ephemeral');
  const shown = JSON.stringify(reply.blocks);
  expect(shown).toContain('Preview, not posted');
  expect(shown).toContain('would go to <#C0DIGEST1>');
  expect(shown).toContain('5 articles');
  expect(shown).not.toContain(ACTION_IDS.digestFollowUp);
  expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
  expect(await store.runs()).toEqual([]);
});

test('/minerals digest in a channel that is not subscribed previews everything and names the subscribed channels', async () => {
  const reply = await digestCommand('elsewhere', 'C0OTHER');
  const shown = JSON.stringify(reply.blocks);
  expect(shown).toContain('this channel is not subscribed');
  expect(shown).toContain('5 articles');
});

test('/minerals digest says so when everything was already posted', async () => {
  await store.addPending({
    id: 'd1',
    slot: null,
    channel: 'C0DIGEST1',
    window: { from: null, to: '2026-01-14T08:00:00.000Z' },
    articles: Object.entries(engine.hashes()).map(([file, hash]) => ({ file, hash })),
    status: 'pending',
    createdAt: '2026-01-14T08:00:00.000Z',
  });
  await store.markPosted('d1', '1768377600.000100', '2026-01-14T08:00:01.000Z');
  const reply = await digestCommand('empty');
  expect(String(reply.text)).toMatch(/Nothing new since the last digest/);
});

test("a story's follow-up button answers in the digest's thread", async () => {
  const question = 'Who hosted the Finance Ministerial?';
  const payload = {
    type: 'block_actions',
    user: { id: 'U0READER', username: 'reader', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1768377600.000100',
      channel_id: 'C0DIGEST1',
      is_ephemeral: false,
    },
    trigger_id: '1.2.3',
    team: { id: 'T0TEST', domain: 'test' },
    channel: { id: 'C0DIGEST1', name: 'digest' },
    message: { type: 'message', ts: '1768377600.000100', text: 'digest' },
    response_url: t.fake.responseUrl('follow-up'),
    actions: [
      {
        action_id: ACTION_IDS.digestFollowUp,
        block_id: 'b',
        type: 'button',
        value: question,
        text: { type: 'plain_text', text: 'Ask' },
        action_ts: '1768377700.1',
      },
    ],
  };
  const ack = await sendSigned(
    t.eventsUrl,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
  );
  expect(ack.status).toBe(200);
  const post = await t.fake.waitFor(() => t.fake.callsTo('chat.postMessage')[0]);
  expect(post.params).toMatchObject({ channel: 'C0DIGEST1', thread_ts: '1768377600.000100' });
  // The same answer a mention gets: the engine's, with its first cited passage.
  const expected = engine.ask(question, { maxCitations: SLACK_MAX_CITATIONS });
  const shown = JSON.stringify(post.params.blocks);
  expect(shown).toContain(`asked: *${question}*`);
  expect(shown).toContain(
    JSON.stringify(escapeMrkdwn(expected.citations[0]?.quote ?? 'no citation')).slice(1, 40),
  );
});
