import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../../src/engine/index.js';
import { ACTION_IDS } from '../../../src/slack/action-ids.js';
import { SLACK_MAX_CITATIONS } from '../../../src/slack/ask-engine.js';
import { createAskCommand } from '../../../src/slack/commands/ask-command.js';
import { createHelpCommand } from '../../../src/slack/commands/help-command.js';
import { createSourcesCommand } from '../../../src/slack/commands/sources-command.js';
import type { Subcommand } from '../../../src/slack/commands/subcommand.js';
import { createVoteAction } from '../../../src/slack/listeners/actions/vote-action.js';
import { createMineralsCommand } from '../../../src/slack/commands/minerals-command.js';
import { createAppHomeOpened } from '../../../src/slack/listeners/events/app-home-opened.js';
import { createAppMention } from '../../../src/slack/listeners/events/app-mention.js';
import { createDirectMessage } from '../../../src/slack/listeners/events/direct-message.js';
import type { ListenerDeps } from '../../../src/slack/listener-deps.js';
import { createMemoryDeliveryStore } from '../../../src/storage/delivery-store.js';
import { createSkipDuplicateEvents } from '../../../src/slack/listeners/middleware/skip-duplicate-events.js';
import { createLowdbVoteStore, voteStorePath } from '../../../src/storage/lowdb-vote-store.js';
import { createMemoryThreadStore } from '../../../src/storage/lowdb-thread-store.js';
import type { VoteStore } from '../../../src/storage/vote-store.js';
import { seedEngine } from '../../support/seed-engine.js';
import { makeRecorder, type Recorder } from './fake-args.js';

let engine: Engine;
let dir: string;
let votes: VoteStore;

beforeAll(async () => {
  engine = await seedEngine();
  dir = await mkdtemp(join(tmpdir(), 'minerals-listeners-'));
  votes = await createLowdbVoteStore(voteStorePath(dir));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function depsFor(rec: Recorder, extra: Subcommand[] = []): ListenerDeps {
  const subcommands: Subcommand[] = [];
  subcommands.push(
    createAskCommand({ engine, logger: rec.logger, command: '/minerals' }),
    createSourcesCommand({ engine }),
    ...extra,
    createHelpCommand({ command: '/minerals', examples: ['Who attended?'], subcommands: () => subcommands }),
  );
  return {
    engine,
    votes,
    threads: createMemoryThreadStore(),
    logger: rec.logger,
    command: '/minerals',
    examples: ['Who attended?'],
    subcommands,
    lastDigest: async () => null,
    editors: { isEditor: async () => true, who: 'everyone' },
    deliveries: createMemoryDeliveryStore(),
  };
}

/**
 * Listener args are large unions; the tests pass only the fields the listener reads (T comes from the call
 * site).
 */
function asArgs<T>(value: unknown): T {
  return value as T;
}

test('slash command: ack comes before any reply, then the subcommand answers', async () => {
  const rec = makeRecorder();
  await createMineralsCommand(depsFor(rec))(
    asArgs({
      command: { text: 'sources', user_id: 'U1', channel_id: 'C1' },
      ack: rec.ack,
      respond: rec.respond,
      client: rec.client,
    }),
  );
  expect(rec.events).toEqual(['ack', 'respond']);
  expect(String(rec.responses[0]?.text)).toContain(`${engine.articles().length} articles`);
});

test('slash command: an unknown subcommand gets a hint; a throwing one an apology, both after ack', async () => {
  const rec = makeRecorder();
  const failing: Subcommand = {
    name: 'explode',
    usage: 'explode',
    description: 'x',
    run: async () => Promise.reject(new Error('nope')),
  };
  const listener = createMineralsCommand(depsFor(rec, [failing]));
  await listener(
    asArgs({
      command: { text: 'wat', user_id: 'U1', channel_id: 'C1' },
      ack: rec.ack,
      respond: rec.respond,
      client: rec.client,
    }),
  );
  await listener(
    asArgs({
      command: { text: 'explode', user_id: 'U1', channel_id: 'C1' },
      ack: rec.ack,
      respond: rec.respond,
      client: rec.client,
    }),
  );
  expect(rec.events).toEqual(['ack', 'respond', 'ack', 'respond']);
  expect(String(rec.responses[0]?.text)).toContain('`wat`');
  expect(String(rec.responses[1]?.text)).toContain('Something went wrong running `explode`');
  expect(rec.logs.some((l) => l.includes('explode failed') && l.includes('nope'))).toBe(true);
});

test('slash command: a response_url failure is logged, not thrown', async () => {
  const rec = makeRecorder();
  const respond = async () => Promise.reject(Object.assign(new Error('404'), { code: 'ERR_BAD_REQUEST' }));
  await expect(
    createMineralsCommand(depsFor(rec))(
      asArgs({
        command: { text: 'help', user_id: 'U1', channel_id: 'C1' },
        ack: rec.ack,
        respond,
        client: rec.client,
      }),
    ),
  ).resolves.toBeUndefined();
  expect(rec.logs.some((l) => l.includes('respond() via response_url failed'))).toBe(true);
});

test('app_mention strips only the bot mention and answers in the thread', async () => {
  const rec = makeRecorder();
  const question = 'Who attended the ministerial?';
  await createAppMention(depsFor(rec))(
    asArgs({
      event: { text: `<@UBOT> ${question}`, channel: 'C9', ts: '5.5', user: 'U1' },
      client: rec.client,
      context: { botUserId: 'UBOT' },
    }),
  );
  expect(rec.calls).toHaveLength(1);
  expect(rec.calls[0]?.params).toMatchObject({ channel: 'C9', thread_ts: '5.5' });
  expect(JSON.stringify(rec.calls[0]?.params.blocks)).toContain(question);
  expect(JSON.stringify(rec.calls[0]?.params.blocks)).not.toContain('UBOT');
});

test('app_mention in an existing thread replies in that thread', async () => {
  const rec = makeRecorder();
  await createAppMention(depsFor(rec))(
    asArgs({
      event: { text: '<@UBOT> help', channel: 'C9', ts: '6.6', thread_ts: '1.1', user: 'U1' },
      client: rec.client,
      context: { botUserId: 'UBOT' },
    }),
  );
  expect(rec.calls[0]?.params.thread_ts).toBe('1.1');
});

test('a bare mention gets help instead of an error', async () => {
  const rec = makeRecorder();
  await createAppMention(depsFor(rec))(
    asArgs({
      event: { text: '<@UBOT>', channel: 'C9', ts: '7.7', user: 'U1' },
      client: rec.client,
      context: { botUserId: 'UBOT' },
    }),
  );
  expect(JSON.stringify(rec.calls[0]?.params.blocks)).toContain('/minerals ask');
});

test('not_in_channel on a mention: logged and the user told privately, else by DM', async () => {
  const rec = makeRecorder({ 'chat.postMessage': 'not_in_channel', 'chat.postEphemeral': 'not_in_channel' });
  await createAppMention(depsFor(rec))(
    asArgs({
      event: { text: '<@UBOT> Who attended?', channel: 'C9', ts: '8.8', user: 'U1' },
      client: rec.client,
      context: { botUserId: 'UBOT' },
    }),
  );
  expect(rec.calls.map((c) => c.method)).toEqual([
    'chat.postMessage',
    'chat.postEphemeral',
    'chat.postMessage',
  ]);
  expect(rec.calls[2]?.params).toMatchObject({ channel: 'U1' });
  expect(String(rec.calls[2]?.params.text)).toContain('/invite');
  expect(rec.logs.some((l) => l.includes('not_in_channel'))).toBe(true);
});

test('direct messages: only plain user messages in an IM are answered', async () => {
  const rec = makeRecorder();
  const listener = createDirectMessage(depsFor(rec));
  const base = { channel: 'D1', ts: '9.9', user: 'U1', text: 'Who attended?' };
  await listener(asArgs({ event: { ...base, channel_type: 'channel' }, client: rec.client, context: {} }));
  await listener(
    asArgs({
      event: { ...base, channel_type: 'im', subtype: 'message_changed' },
      client: rec.client,
      context: {},
    }),
  );
  await listener(
    asArgs({ event: { ...base, channel_type: 'im', bot_id: 'B1' }, client: rec.client, context: {} }),
  );
  expect(rec.calls).toHaveLength(0);
  await listener(asArgs({ event: { ...base, channel_type: 'im' }, client: rec.client, context: {} }));
  expect(rec.calls[0]?.params).toMatchObject({ channel: 'D1', thread_ts: '9.9' });
});

test('app_home_opened publishes only for the Home tab, and survives views.publish errors', async () => {
  const rec = makeRecorder({ 'views.publish': 'invalid_blocks' });
  const listener = createAppHomeOpened(depsFor(rec));
  await listener(asArgs({ event: { user: 'U1', tab: 'messages' }, client: rec.client }));
  expect(rec.calls).toHaveLength(0);
  await listener(asArgs({ event: { user: 'U1', tab: 'home' }, client: rec.client }));
  expect(rec.calls[0]?.params.user_id).toBe('U1');
  expect(rec.logs.some((l) => l.includes('views.publish') && l.includes('invalid_blocks'))).toBe(true);
});

test('vote: ack first, vote stored with the answer the engine gives, voter thanked', async () => {
  const rec = makeRecorder();
  const question = 'Who attended the ministerial?';
  await createVoteAction(depsFor(rec))(
    asArgs({
      ack: rec.ack,
      respond: rec.respond,
      action: { action_id: ACTION_IDS.voteNotHelpful, value: question },
      body: { user: { id: 'U7' }, channel: { id: 'C7' } },
    }),
  );
  expect(rec.events).toEqual(['ack', 'respond']);
  const stored = (await votes.list()).find((v) => v.userId === 'U7');
  expect(stored).toMatchObject({
    question,
    helpful: false,
    channelId: 'C7',
    answer: engine.ask(question, { maxCitations: SLACK_MAX_CITATIONS }).answer,
  });
  expect(String(rec.responses[0]?.text)).toContain('not helpful');
});

test('duplicate event ids and replayed trigger ids are not passed on; other requests are', async () => {
  const rec = makeRecorder();
  const middleware = createSkipDuplicateEvents(createMemoryDeliveryStore(2));
  let passed = 0;
  const run = (body: unknown, context: Record<string, unknown> = {}) =>
    middleware({
      body,
      context,
      logger: rec.logger,
      next: async () => void passed++,
    } as unknown as Parameters<typeof middleware>[0]);
  await run({ event_id: 'E1' });
  await run({ event_id: 'E1' }, { retryNum: 1, retryReason: 'http_timeout' });
  await run({ type: 'block_actions' });
  await run({ type: 'block_actions' });
  expect(passed).toBe(3);
  // Capacity 2: the oldest id is forgotten once two newer ones arrive.
  await run({ event_id: 'E2' });
  await run({ event_id: 'E3' });
  await run({ event_id: 'E1' });
  expect(passed).toBe(6);
  // A replayed slash command (same trigger id) is acknowledged, not run again.
  let acks = 0;
  const command = { command: '/minerals', text: 'ask x', trigger_id: '9.9.9' };
  const runCommand = () =>
    middleware({
      body: command,
      context: {},
      logger: rec.logger,
      ack: async () => void acks++,
      next: async () => void passed++,
    } as unknown as Parameters<typeof middleware>[0]);
  await runCommand();
  await runCommand();
  expect([passed, acks]).toEqual([7, 1]);
});
