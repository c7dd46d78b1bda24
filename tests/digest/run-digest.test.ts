import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDigestComposer } from '../../src/digest/compose-digest.js';
import { createDigestRunner, type DigestRunnerDeps } from '../../src/digest/run-digest.js';
import { createDigestScheduler } from '../../src/digest/schedule-digest.js';
import type { Engine } from '../../src/engine/index.js';
import { createDigestPoster, DIGEST_CLIENT_OPTIONS, DIGEST_EVENT_TYPE } from '../../src/slack/post-digest.js';
import { createLowdbDigestStore } from '../../src/storage/lowdb-digest-store.js';
import { FakeSlack } from '../slack/support/fake-slack.js';
import { createManualClock } from './support/manual-clock.js';
import { seedEngine } from '../support/seed-engine.js';

const CHANNEL = 'C0DIGEST1';
let dir: string;
let api: FakeSlack;
let engine: Engine;
let logLines: string[];

beforeAll(async () => {
  engine = await seedEngine();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-run-'));
  api = new FakeSlack();
  await api.start();
  logLines = [];
});
afterEach(async () => {
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

const log = {
  info: (l: string) => logLines.push(l),
  warn: (l: string) => logLines.push(l),
  error: (l: string) => logLines.push(l),
};
let ids = 0;

/** A runner as main.ts builds one, over a (re)opened store: a new call is a restart. */
async function startRunner(now: () => Date, extra: Partial<DigestRunnerDeps> = {}) {
  const store = await createLowdbDigestStore(join(dir, 'digest.json'));
  const runner = createDigestRunner({
    store,
    poster: createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS), sleep: async () => {}, log }),
    channel: CHANNEL,
    compose: createDigestComposer(engine),
    now,
    newId: () => `digest-${(ids += 1)}`,
    log,
    ...extra,
  });
  return { store, runner };
}

const posts = () => api.messages.get(CHANNEL) ?? [];
const at = (iso: string) => () => new Date(iso);

test('posts the seed articles once; the next run and a restart find nothing new', async () => {
  const first = await startRunner(at('2026-01-14T08:00:00Z'));
  const result = await first.runner.run(new Date('2026-01-14T08:00:00Z'));
  expect(result).toMatchObject({ status: 'posted', articles: 5 });
  expect(posts()).toHaveLength(1);
  expect(posts()[0]?.metadata?.event_type).toBe(DIGEST_EVENT_TYPE);

  expect(await first.runner.run(new Date('2026-01-15T08:00:00Z'))).toEqual({ status: 'nothing-new' });
  const restarted = await startRunner(at('2026-01-16T08:00:00Z'));
  expect(await restarted.runner.run(new Date('2026-01-16T08:00:00Z'))).toEqual({ status: 'nothing-new' });
  expect(posts()).toHaveLength(1);

  const [run] = await restarted.store.runs();
  expect(run).toMatchObject({
    status: 'posted',
    channel: CHANNEL,
    ts: posts()[0]?.ts,
    window: { from: null, to: '2026-01-14T08:00:00.000Z' },
  });
  expect(run?.articles.map((a) => a.file).sort()).toEqual(Object.keys(engine.hashes()).sort());
});

test('two timers firing for the same slot post once', async () => {
  const { runner } = await startRunner(at('2026-01-14T08:00:00Z'));
  const slot = new Date('2026-01-14T08:00:00Z');
  const results = await Promise.all([runner.run(slot), runner.run(slot)]);
  expect(results.map((r) => r.status).sort()).toEqual(['already-ran', 'posted']);
  expect(posts()).toHaveLength(1);
});

test('a crash after Slack posted but before the ts was recorded does not post again', async () => {
  const { store } = await startRunner(at('2026-01-14T08:00:00Z'));
  // What the runner does up to the crash: record the intent, post with the id in metadata.
  await store.addPending({
    id: 'crashed-1',
    slot: '2026-01-14T08:00:00.000Z',
    channel: CHANNEL,
    window: { from: null, to: '2026-01-14T08:00:00.000Z' },
    articles: Object.entries(engine.hashes()).map(([file, hash]) => ({ file, hash })),
    status: 'pending',
    createdAt: '2026-01-14T08:00:00.000Z',
  });
  const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS) });
  expect(
    (
      await poster.post(
        CHANNEL,
        { window: { from: null, to: '2026-01-14T08:00:00.000Z' }, articles: [], stories: [] },
        'crashed-1',
      )
    ).status,
  ).toBe('posted');

  const restarted = await startRunner(at('2026-01-14T08:05:00Z'));
  expect(await restarted.runner.run(new Date('2026-01-14T08:00:00Z'))).toEqual({ status: 'nothing-new' });
  expect(posts()).toHaveLength(1);
  expect((await restarted.store.runs())[0]).toMatchObject({
    id: 'crashed-1',
    status: 'posted',
    ts: posts()[0]?.ts,
  });
  expect(logLines.join('\n')).toMatch(/was posted before a restart/);
});

test('a crash before Slack posted is settled as failed and the articles go out once', async () => {
  const { store } = await startRunner(at('2026-01-14T08:00:00Z'));
  await store.addPending({
    id: 'crashed-2',
    slot: '2026-01-14T08:00:00.000Z',
    channel: CHANNEL,
    window: { from: null, to: '2026-01-14T08:00:00.000Z' },
    articles: [],
    status: 'pending',
    createdAt: '2026-01-14T08:00:00.000Z',
  });
  const restarted = await startRunner(at('2026-01-14T08:05:00Z'));
  expect(await restarted.runner.run(new Date('2026-01-14T08:00:00Z'))).toMatchObject({
    status: 'posted',
    articles: 5,
  });
  expect(posts()).toHaveLength(1);
  expect((await restarted.store.runs()).map((r) => r.status)).toEqual(['failed', 'posted']);
});

test('while a pending post cannot be checked, nothing is posted', async () => {
  const { store, runner } = await startRunner(at('2026-01-14T08:00:00Z'));
  await store.addPending({
    id: 'unclear',
    slot: null,
    channel: CHANNEL,
    window: { from: null, to: '2026-01-14T07:00:00.000Z' },
    articles: [],
    status: 'pending',
    createdAt: '2026-01-14T07:00:00.000Z',
  });
  api.failNext('conversations.history', { error: 'missing_scope' });
  expect(await runner.run(new Date('2026-01-14T08:00:00Z'))).toMatchObject({ status: 'blocked' });
  expect(posts()).toHaveLength(0);
  expect(logLines.join('\n')).toMatch(/channels:history/);
});

test('not_in_channel is logged with the fix; the articles are not counted and go out at the next run', async () => {
  api.failNext('chat.postMessage', { error: 'not_in_channel' });
  const { store, runner } = await startRunner(at('2026-01-14T08:00:00Z'));
  expect(await runner.run(new Date('2026-01-14T08:00:00Z'))).toMatchObject({
    status: 'not-posted',
    error: 'not_in_channel',
  });
  expect(logLines.join('\n')).toMatch(/invite the bot/);
  expect((await store.runs())[0]?.status).toBe('failed');

  expect(await runner.run(new Date('2026-01-15T08:00:00Z'))).toMatchObject({ status: 'posted', articles: 5 });
  expect(posts()).toHaveLength(1);
});

test('a rate-limited post waits and is posted once', async () => {
  api.failNext('chat.postMessage', { error: 'ratelimited', status: 429, retryAfter: 3 });
  const { runner } = await startRunner(at('2026-01-14T08:00:00Z'));
  expect((await runner.run(new Date('2026-01-14T08:00:00Z'))).status).toBe('posted');
  expect(posts()).toHaveLength(1);
});

test('only articles added or changed since the last digest go into the next one', async () => {
  const { runner } = await startRunner(at('2026-01-14T08:00:00Z'));
  await runner.run(new Date('2026-01-14T08:00:00Z'));
  const local = await seedEngine();
  const text =
    'Lithium prices fell sharply this week.\n\nAustralian miners said on 20 January 2026 that they would cut output at two lithium mines in Western Australia because prices stayed low.';
  local.upsert({ name: '900_new.txt', bytes: new TextEncoder().encode(text) });
  const later = await startRunner(at('2026-01-21T08:00:00Z'), { compose: createDigestComposer(local) });
  const result = await later.runner.run(new Date('2026-01-21T08:00:00Z'));
  expect(result).toMatchObject({ status: 'posted', articles: 1 });
  const runs = await later.store.runs();
  expect(runs[1]?.articles.map((a) => a.file)).toEqual(['900_new.txt']);
  expect(runs[1]?.window.from).toBe('2026-01-14T08:00:00.000Z');
});

test('nothing new: silent by default, one line when DIGEST_POST_EMPTY is on', async () => {
  const { runner } = await startRunner(at('2026-01-14T08:00:00Z'));
  await runner.run(new Date('2026-01-14T08:00:00Z'));
  const empty = await startRunner(at('2026-01-15T08:00:00Z'), { postEmpty: true });
  expect((await empty.runner.run(new Date('2026-01-15T08:00:00Z'))).status).toBe('posted');
  expect(posts()).toHaveLength(2);
  expect(posts()[1]?.text).toMatch(/no new articles/);
});

test('scheduled end to end: the missed run is caught up once, a restart does not post again', async () => {
  const first = await startRunner(at('2026-01-12T09:00:00Z'));
  await first.store.setLastSlot('2026-01-12T08:00:00.000Z');
  const clock = createManualClock('2026-01-14T11:00:00Z');
  const schedule = async () => {
    const { store, runner } = await startRunner(clock.now);
    const scheduler = createDigestScheduler({
      cron: '0 8 * * *',
      timeZone: 'Europe/London',
      now: clock.now,
      timers: clock.timers,
      lastSlot: () => store.lastSlot(),
      setLastSlot: (slot) => store.setLastSlot(slot),
      run: (slot) => runner.run(slot),
      log,
    });
    await scheduler.start();
    return scheduler;
  };
  (await schedule()).stop();
  expect(posts()).toHaveLength(1);
  const again = await schedule();
  expect(posts()).toHaveLength(1);
  await clock.advanceTo('2026-01-15T08:00:00Z');
  again.stop();
  // The next day's run had nothing new to say.
  expect(posts()).toHaveLength(1);
  expect(logLines.join('\n')).toMatch(/missed the run at 2026-01-14T08:00:00.000Z/);
});
