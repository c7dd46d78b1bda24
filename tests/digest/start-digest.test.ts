import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDigestSettings, lastDigestInfo, startDigest } from '../../src/digest/start-digest.js';
import type { Engine } from '../../src/engine/index.js';
import { createDigestPoster, DIGEST_CLIENT_OPTIONS } from '../../src/slack/post-digest.js';
import { createLogger } from '../../src/slack/create-logger.js';
import { createLowdbDigestStore } from '../../src/storage/lowdb-digest-store.js';
import { createLowdbDigestSettingsStore } from '../../src/storage/lowdb-digest-settings-store.js';
import type { DigestStore } from '../../src/storage/digest-store.js';
import { FakeSlack } from '../slack/support/fake-slack.js';
import { createManualClock, type ManualClock } from './support/manual-clock.js';
import { seedEngine } from '../support/seed-engine.js';

let engine: Engine;
let api: FakeSlack;
let dir: string;
let lines: string[];
beforeAll(async () => {
  engine = await seedEngine();
});
beforeEach(async () => {
  api = new FakeSlack();
  await api.start();
  dir = await mkdtemp(join(tmpdir(), 'digest-start-'));
  lines = [];
});
afterEach(async () => {
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

const logger = () => createLogger({ level: 'info', write: (line) => lines.push(line) });

async function settingsFor(channel: string | undefined, cron: string, timeZone: string, now: Date) {
  const settings = await createLowdbDigestSettingsStore(join(dir, 'digest-settings.json'));
  await settings.initialize(defaultDigestSettings({ channel, cron, timeZone }, now));
  return settings;
}

/** The digest over these stores, posting to the fake Slack on the manual clock. */
function start(store: DigestStore, settings: Awaited<ReturnType<typeof settingsFor>>, clock: ManualClock) {
  return startDigest({
    engine,
    store,
    settings,
    poster: createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS) }),
    postEmpty: false,
    logger: logger(),
    now: clock.now,
    timers: clock.timers,
  });
}

test('with no channel subscribed nothing is posted, and the log says how to subscribe one', async () => {
  const store = await createLowdbDigestStore(join(dir, 'digest.json'));
  const clock = createManualClock('2026-01-14T07:00:00Z');
  const settings = await settingsFor(undefined, '0 8 * * *', 'UTC', clock.now());
  const running = await start(store, settings, clock);
  await clock.advanceTo('2026-01-16T00:00:00Z');
  running.stop();
  expect(api.calls).toHaveLength(0);
  expect(lines.some((l) => l.includes('/minerals digest here'))).toBe(true);
});

test('with a channel it posts at the scheduled local time and App Home learns when', async () => {
  const store = await createLowdbDigestStore(join(dir, 'digest.json'));
  const clock = createManualClock('2026-01-14T01:00:00Z');
  const settings = await settingsFor('C0DIGEST1', '0 8 * * *', 'Asia/Kolkata', clock.now());
  const running = await start(store, settings, clock);
  expect(running.scheduler().nextRun()?.toISOString()).toBe('2026-01-14T02:30:00.000Z');
  expect(await lastDigestInfo(store)).toBeNull();
  await clock.advanceTo('2026-01-14T03:00:00Z');
  running.stop();
  expect(api.messages.get('C0DIGEST1')).toHaveLength(1);
  expect(await lastDigestInfo(store)).toEqual({
    postedAt: '2026-01-14T02:30:00.000Z',
    channel: 'C0DIGEST1',
    articleCount: 5,
  });
});
