import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDigestSettings, startDigest } from '../../../src/digest/start-digest.js';
import { createEngine, type Engine } from '../../../src/engine/index.js';
import { ACTION_IDS } from '../../../src/slack/action-ids.js';
import { CALLBACK_IDS } from '../../../src/slack/callback-ids.js';
import { createDigestCommand } from '../../../src/slack/commands/digest-command.js';
import { createDigestSubscriptionCommands } from '../../../src/slack/commands/digest-subscription-commands.js';
import { createEditorCheck } from '../../../src/slack/create-editor-check.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import { createDigestPoster, DIGEST_CLIENT_OPTIONS } from '../../../src/slack/post-digest.js';
import { ASK_MODAL_INPUT } from '../../../src/slack/render/render-ask-modal.js';
import { createLowdbDigestSettingsStore } from '../../../src/storage/lowdb-digest-settings-store.js';
import { createLowdbDigestStore } from '../../../src/storage/lowdb-digest-store.js';
import { createLowdbThreadStore } from '../../../src/storage/lowdb-thread-store.js';
import { createManualClock } from '../../digest/support/manual-clock.js';
import { seedFiles } from '../../support/seed-engine.js';
import { blockKitProblems } from '../support/check-block-kit.js';
import { BOT_USER_ID } from '../support/fake-slack.js';
import {
  globalShortcut,
  messageShortcut,
  sendButton,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
  viewSubmission,
} from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const EDITOR = 'U0EDITOR';
let engine: Engine;
let t: TestApp;
let startDigestNow: () => Promise<void>;
let seq = 0;
/** Payloads the app sent, by kind, in the order sent. */
const messages: Array<{ where: string; text?: unknown; blocks?: unknown }> = [];
const views: Array<{ where: string; view: Record<string, unknown> }> = [];

beforeAll(async () => {
  // The seeds plus 60 short notes on distinct topics: enough for paged sources and a digest past one message.
  const notes = Array.from({ length: 60 }, (_, i) => ({
    name: `note-${String(i).padStart(2, '0')}.txt`,
    bytes: new TextEncoder().encode(
      `Quarry${i} Mineral${i} update <!channel> & co\n\nThe Quarry${i} site of Firm${i} shipped ${i + 5} tonnes of Mineral${i} to Port${i} on Monday, Firm${i} said.\n`,
    ),
  }));
  engine = createEngine([...(await seedFiles()), ...notes]).engine;
  const clock = createManualClock('2026-03-02T06:00:00Z');
  const logger = createLogger({ level: 'error', write: () => {} });
  const editors = createEditorCheck({ editors: { users: [EDITOR], groups: [] }, logger });
  t = await startTestApp({
    engine,
    extra: async (dataDir) => {
      const store = await createLowdbDigestStore(join(dataDir, 'digest.json'));
      const settings = await createLowdbDigestSettingsStore(join(dataDir, 'digest-settings.json'));
      await settings.initialize(
        defaultDigestSettings({ channel: 'C0DIGEST', cron: '0 8 * * *', timeZone: 'UTC' }, clock.now()),
      );
      const threads = await createLowdbThreadStore(join(dataDir, 'threads.json'));
      const control = { store: settings, scheduleChanged: async () => {} };
      startDigestNow = async () => {
        const running = await startDigest({
          engine,
          store,
          settings,
          poster: createDigestPoster({ client: t.fake.webClient(DIGEST_CLIENT_OPTIONS), threads }),
          postEmpty: false,
          logger,
          now: clock.now,
          timers: clock.timers,
        });
        await clock.advanceTo('2026-03-02T08:00:01Z');
        running.stop();
      };
      return {
        editors,
        threads,
        digestSettings: control,
        ingestUrl: async () => Promise.reject(new Error('not in this test')),
        subcommands: [
          createDigestCommand({ engine, store, settings }),
          ...createDigestSubscriptionCommands({ control, editors, logger, now: clock.now }),
        ],
      };
    },
  });
});
afterAll(() => t.close());

async function command(text: string, userId = EDITOR, channelId = 'C0DIGEST') {
  const id = `bk${++seq}`;
  await sendSlashCommand(t.eventsUrl, { text, responseUrl: t.fake.responseUrl(id), userId, channelId });
  return (await t.fake.waitFor(() => t.fake.responsesTo(id)[0], 15_000)).body;
}

test('every surface sends Block Kit that type-checks against @slack/types and stays within Slack limits', async () => {
  // Answers: grouped, plain, not found; more sources; sources paging; help; an unknown command.
  const asked = await command('ask Who attended the Finance Ministerial?');
  await command('ask What is the GDP of Brazil?');
  await command('ask How much germanium does Quarry7 ship?');
  await command('help');
  await command('frobnicate');
  const sources = await command('sources');
  const next = (
    sources.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>
  )
    .find((b) => b.type === 'actions')
    ?.elements?.find((e) => e.action_id === ACTION_IDS.sourcesNext);
  await sendButton(t.eventsUrl, {
    actionId: ACTION_IDS.sourcesNext,
    value: next?.value ?? '2',
    responseUrl: t.fake.responseUrl('bk-page'),
  });
  await t.fake.waitFor(() => t.fake.responsesTo('bk-page')[0]);
  await sendButton(t.eventsUrl, {
    actionId: ACTION_IDS.moreSources,
    value: 'Who attended the Finance Ministerial?',
    responseUrl: t.fake.responseUrl('bk-more'),
  });
  await t.fake.waitFor(() => t.fake.responsesTo('bk-more')[0]);
  await sendButton(t.eventsUrl, {
    actionId: ACTION_IDS.share,
    value: 'Who attended the Finance Ministerial?',
    responseUrl: t.fake.responseUrl('bk-share'),
  });
  await t.fake.waitFor(() => t.fake.responsesTo('bk-share')[0] || t.fake.messages.get('C0GENERAL')?.[0]);
  expect(asked.blocks).toBeDefined();

  // Digest: settings, subscriptions, preview, the posted digest and its thread pages.
  await command('digest here lithium OR cobalt', EDITOR, 'C0LITHIUM');
  await command('digest');
  await sendSlashCommand(t.eventsUrl, {
    text: 'digest settings',
    responseUrl: t.fake.responseUrl('bk-settings'),
    userId: EDITOR,
    channelId: 'C0DIGEST',
  });
  await t.fake.waitFor(() => t.fake.callsTo('views.open')[0]);
  await command('digest off', 'U0READER');
  await startDigestNow();
  expect((t.fake.messages.get('C0DIGEST') ?? []).filter((m) => m.thread_ts).length).toBeGreaterThan(1);

  // Mentions, thread replies, shortcuts, modals, App Home.
  await sendEvent(
    t.eventsUrl,
    {
      type: 'app_mention',
      channel: 'C0NEWS',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> Who hosted the ministerial?`,
      ts: '1800000000.000100',
      event_ts: '1800000000.000100',
    },
    'EvBk1',
  );
  await t.fake.waitFor(() => t.fake.messages.get('C0NEWS')?.[0]);
  await sendEvent(
    t.eventsUrl,
    {
      type: 'message',
      channel: 'C0NEWS',
      channel_type: 'channel',
      user: 'U0ASKER',
      text: 'and when was it?',
      ts: '1800000000.000200',
      thread_ts: '1800000000.000100',
      event_ts: '1800000000.000200',
    },
    'EvBk2',
  );
  await t.fake.waitFor(() => t.fake.messages.get('C0NEWS')?.[1]);
  await sendInteraction(
    t.eventsUrl,
    messageShortcut(
      CALLBACK_IDS.askMessage,
      'Who is the US Ambassador-designate to India?',
      t.fake.responseUrl('bk-sc1'),
    ),
  );
  await sendInteraction(
    t.eventsUrl,
    messageShortcut(
      CALLBACK_IDS.addLink,
      'see <https://example.com/x>',
      t.fake.responseUrl('bk-sc2'),
      'U0READER',
    ),
  );
  await sendInteraction(t.eventsUrl, globalShortcut(CALLBACK_IDS.ask));
  const submitted = await sendInteraction(
    t.eventsUrl,
    viewSubmission(CALLBACK_IDS.askModal, {
      [ASK_MODAL_INPUT.block]: {
        [ASK_MODAL_INPUT.action]: { type: 'plain_text_input', value: 'Who attended the ministerial?' },
      },
    }),
  );
  views.push({
    where: 'ask modal answer (view_submission ack)',
    view: (JSON.parse(submitted.body) as { view: Record<string, unknown> }).view,
  });
  await sendEvent(
    t.eventsUrl,
    { type: 'app_home_opened', user: EDITOR, channel: 'D0HOME', tab: 'home', event_ts: '1.2' },
    'EvBk3',
  );
  await t.fake.waitFor(
    () =>
      t.fake.responsesTo('bk-sc1')[0] &&
      t.fake.responsesTo('bk-sc2')[0] &&
      t.fake.callsTo('views.publish')[0] &&
      t.fake.callsTo('views.open').length >= 2,
  );

  for (const call of t.fake.calls) {
    if (call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral')
      messages.push({
        where: `${call.method} to ${String(call.params.channel)}`,
        text: call.params.text,
        blocks: call.params.blocks,
      });
    if (call.method.startsWith('views.'))
      views.push({ where: call.method, view: call.params.view as Record<string, unknown> });
  }
  for (const response of t.fake.responses)
    messages.push({
      where: `response_url ${response.id}`,
      text: response.body.text,
      blocks: response.body.blocks,
    });

  expect(messages.length).toBeGreaterThan(20);
  expect(views.map((v) => v.view.type)).toEqual(expect.arrayContaining(['modal', 'home']));
  const problems = [
    ...messages.map((m) => blockKitProblems(m, m.where)),
    ...views.map((v) => blockKitProblems(v.view, v.where)),
  ].flat();
  expect(problems).toEqual([]);

  // Compile every captured payload against @slack/types: a wrong field or type fails tsc.
  const dir = join('node_modules', '.cache', `minerals-block-kit-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const source = [
      "import type { KnownBlock, View } from '@slack/types';",
      `export const messages: KnownBlock[][] = ${JSON.stringify(
        messages.filter((m) => m.blocks !== undefined).map((m) => m.blocks),
        null,
        1,
      )};`,
      `export const views: View[] = ${JSON.stringify(
        views.map((v) => v.view),
        null,
        1,
      )};`,
      '',
    ].join('\n');
    writeFileSync(join(dir, 'payloads.ts'), source);
    // Only the payloads and @slack/types: no ambient @types packages and no DOM library, which would
    // triple tsc's work without touching what is checked.
    const compilerOptions = {
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2022'],
      types: [],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['payloads.ts'] }));
    const run = spawnSync(
      process.execPath,
      [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')],
      { encoding: 'utf8' },
    );
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
