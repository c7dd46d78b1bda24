import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDigestSettings, startDigest, type RunningDigest } from '../../../src/digest/start-digest.js';
import { createEngine, type Engine } from '../../../src/engine/index.js';
import { CALLBACK_IDS } from '../../../src/slack/callback-ids.js';
import { createDigestCommand } from '../../../src/slack/commands/digest-command.js';
import { createDigestSubscriptionCommands } from '../../../src/slack/commands/digest-subscription-commands.js';
import { createEditorCheck } from '../../../src/slack/create-editor-check.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import type { DigestSettingsControl } from '../../../src/slack/digest-settings/digest-settings-control.js';
import { createDigestPoster, DIGEST_CLIENT_OPTIONS } from '../../../src/slack/post-digest.js';
import { DIGEST_SETTINGS_INPUTS } from '../../../src/slack/render/render-digest-settings.js';
import { createLowdbDigestSettingsStore } from '../../../src/storage/lowdb-digest-settings-store.js';
import { createLowdbDigestStore } from '../../../src/storage/lowdb-digest-store.js';
import { createLowdbThreadStore } from '../../../src/storage/lowdb-thread-store.js';
import { STORIES } from '../../corpus/support/temp-corpus.js';
import { createManualClock, type ManualClock } from '../../digest/support/manual-clock.js';
import { seedFiles } from '../../support/seed-engine.js';
import type { FakeMessage } from '../support/fake-slack.js';
import { sendEvent, sendInteraction, sendSlashCommand, viewSubmission } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const EDITOR = 'U0EDITOR';
let engine: Engine;
let t: TestApp;
let dir: string;
let clock: ManualClock;
let digest: RunningDigest;
let seq = 0;

const story = (name: string, s: { title: string; paragraphs: readonly string[] }) => ({
  name,
  bytes: new TextEncoder().encode(`${s.title}\n\n${s.paragraphs.join('\n\n')}\n`),
});

beforeAll(async () => {
  engine = createEngine([
    ...(await seedFiles()),
    story('kabwe.txt', STORIES.kabwe),
    story('lobito.txt', STORIES.lobito),
  ]).engine;
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-subs-'));
  clock = createManualClock('2026-03-02T06:00:00Z');
  const logger = createLogger({ level: 'error', write: () => {} });
  const store = await createLowdbDigestStore(join(dir, 'digest.json'));
  const settings = await createLowdbDigestSettingsStore(join(dir, 'digest-settings.json'));
  await settings.initialize(
    defaultDigestSettings({ channel: undefined, cron: '0 8 * * *', timeZone: 'UTC' }, clock.now()),
  );
  const threads = await createLowdbThreadStore(join(dir, 'threads.json'));
  const control: DigestSettingsControl = { store: settings, scheduleChanged: () => digest.reschedule() };
  const editors = createEditorCheck({ editors: { users: [EDITOR], groups: [] }, logger });
  t = await startTestApp({
    engine,
    subcommands: [
      createDigestCommand({ engine, store, settings }),
      ...createDigestSubscriptionCommands({ control, editors, logger, now: clock.now }),
    ],
    extra: async () => ({ editors, digestSettings: control, threads }),
  });
  digest = await startDigest({
    engine,
    store,
    settings,
    poster: createDigestPoster({ client: t.fake.webClient(DIGEST_CLIENT_OPTIONS), threads }),
    postEmpty: false,
    logger,
    now: clock.now,
    timers: clock.timers,
  });
});
afterEach(async () => {
  digest.stop();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

async function command(text: string, channelId: string, userId = EDITOR) {
  const id = `cmd${++seq}`;
  await sendSlashCommand(t.eventsUrl, { text, responseUrl: t.fake.responseUrl(id), channelId, userId });
  return (await t.fake.waitFor(() => t.fake.responsesTo(id)[0])).body;
}

const posted = (channel: string): FakeMessage[] => t.fake.messages.get(channel) ?? [];
const textOf = (messages: FakeMessage[]) => JSON.stringify(messages.map((m) => m.blocks));

test('a channel subscribed with a keyword gets only the stories matching it; another gets every story; each once', async () => {
  expect(String((await command('digest here germanium OR tantalum', 'C0GERMANIUM')).text)).toContain(
    'stories about _germanium_ or _tantalum_',
  );
  expect(String((await command('digest here', 'C0EVERYTHING')).text)).toContain('every story');
  expect(String((await command('digest here cobalt', 'C0READER', 'U0READER')).text)).toContain(
    'Only editors',
  );

  await clock.advanceTo('2026-03-02T08:00:01Z');
  const germanium = posted('C0GERMANIUM');
  expect(germanium).toHaveLength(1);
  expect(textOf(germanium)).toContain(STORIES.kabwe.title);
  expect(textOf(germanium)).not.toContain(STORIES.lobito.title);
  expect(textOf(germanium)).not.toContain('Ministerial');
  const everything = textOf(posted('C0EVERYTHING'));
  for (const title of [STORIES.kabwe.title, STORIES.lobito.title]) expect(everything).toContain(title);
  expect(posted('C0READER')).toHaveLength(0);

  // The next day nothing is new: no channel gets anything twice.
  await clock.advanceTo('2026-03-03T08:00:01Z');
  expect(posted('C0GERMANIUM')).toHaveLength(1);
  expect(posted('C0EVERYTHING').filter((m) => !m.thread_ts)).toHaveLength(1);

  // Off means off.
  expect(String((await command('digest off', 'C0GERMANIUM')).text)).toContain('no longer gets the digest');
});

test('time and time zone saved in the settings modal take effect at the next run', async () => {
  await command('digest here', 'C0DAILY');
  const id = `cmd${++seq}`;
  await sendSlashCommand(t.eventsUrl, {
    text: 'digest settings',
    responseUrl: t.fake.responseUrl(id),
    channelId: 'C0DAILY',
    userId: EDITOR,
  });
  const opened = await t.fake.waitFor(() => t.fake.callsTo('views.open')[0]);
  expect(opened.params.view).toMatchObject({ type: 'modal', callback_id: CALLBACK_IDS.digestSettingsModal });

  const values = (time: string, zone: string) => ({
    [DIGEST_SETTINGS_INPUTS.time.block]: {
      [DIGEST_SETTINGS_INPUTS.time.action]: { type: 'timepicker', selected_time: time },
    },
    [DIGEST_SETTINGS_INPUTS.timeZone.block]: {
      [DIGEST_SETTINGS_INPUTS.timeZone.action]: { type: 'plain_text_input', value: zone },
    },
  });
  const bad = JSON.parse(
    (
      await sendInteraction(
        t.eventsUrl,
        viewSubmission(CALLBACK_IDS.digestSettingsModal, values('09:30', 'Mars/Olympus'), EDITOR),
      )
    ).body,
  );
  expect(bad.response_action).toBe('errors');
  expect(bad.errors[DIGEST_SETTINGS_INPUTS.timeZone.block]).toContain('IANA');
  const denied = JSON.parse(
    (
      await sendInteraction(
        t.eventsUrl,
        viewSubmission(CALLBACK_IDS.digestSettingsModal, values('09:30', 'Asia/Kolkata'), 'U0READER'),
      )
    ).body,
  );
  expect(denied.response_action).toBe('errors');
  expect(digest.scheduler().nextRun()?.toISOString()).toBe('2026-03-02T08:00:00.000Z');

  const saved = await sendInteraction(
    t.eventsUrl,
    viewSubmission(CALLBACK_IDS.digestSettingsModal, values('09:30', 'Asia/Kolkata'), EDITOR),
  );
  expect(saved.status).toBe(200);
  // The ack comes first; the schedule is applied right after it.
  for (let i = 0; i < 100 && digest.scheduler().nextRun()?.toISOString() !== '2026-03-03T04:00:00.000Z'; i++)
    await new Promise((r) => setTimeout(r, 20));
  expect(digest.scheduler().nextRun()?.toISOString()).toBe('2026-03-03T04:00:00.000Z');

  // 08:00 UTC passes with nothing posted; 09:30 in Kolkata (04:00 UTC) the next day posts.
  await clock.advanceTo('2026-03-02T23:59:00Z');
  expect(posted('C0DAILY')).toHaveLength(0);
  await clock.advanceTo('2026-03-03T04:00:01Z');
  expect(posted('C0DAILY').filter((m) => !m.thread_ts)).toHaveLength(1);
});

test("a reply without a mention in a digest's thread is answered there", async () => {
  await command('digest here', 'C0NEWSROOM');
  await clock.advanceTo('2026-03-02T08:00:01Z');
  const root = posted('C0NEWSROOM')[0]!;
  await sendEvent(
    t.eventsUrl,
    {
      type: 'message',
      channel: 'C0NEWSROOM',
      channel_type: 'channel',
      user: 'U0READER',
      text: 'Who hosted the Finance Ministerial?',
      ts: '1900000000.000200',
      thread_ts: root.ts,
      event_ts: '1900000000.000200',
    },
    'EvDigestReply',
  );
  const answer = await t.fake.waitFor(() => posted('C0NEWSROOM').find((m) => m.thread_ts === root.ts));
  expect(JSON.stringify(answer.blocks)).toContain('asked: *Who hosted the Finance Ministerial?*');
});

test('App Home shows editors the digest settings and opens the modal; readers see neither', async () => {
  await command('digest here lithium', 'C0LITHIUM');
  const home = async (user: string) => {
    const before = t.fake.callsTo('views.publish').length;
    await sendEvent(
      t.eventsUrl,
      { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: `${++seq}.1` },
      `EvHome${seq}`,
    );
    return JSON.stringify((await t.fake.waitFor(() => t.fake.callsTo('views.publish')[before])).params.view);
  };
  const editorView = await home(EDITOR);
  expect(editorView).toContain('minerals_digest_settings_open');
  expect(editorView).toContain('<#C0LITHIUM>: stories about _lithium_');
  expect(await home('U0READER')).not.toContain('minerals_digest_settings_open');

  await sendInteraction(t.eventsUrl, {
    type: 'block_actions',
    user: { id: EDITOR, username: 'editor', team_id: 'T0TEST' },
    trigger_id: '9.9.home',
    container: { type: 'view', view_id: 'V0HOME' },
    actions: [
      {
        action_id: 'minerals_digest_settings_open',
        block_id: 'b',
        type: 'button',
        value: 'open',
        text: { type: 'plain_text', text: 'Digest settings' },
        action_ts: '1.1',
      },
    ],
  });
  const opened = await t.fake.waitFor(() =>
    t.fake.callsTo('views.open').find((c) => c.params.trigger_id === '9.9.home'),
  );
  expect(opened.params.view).toMatchObject({ callback_id: CALLBACK_IDS.digestSettingsModal });
});
