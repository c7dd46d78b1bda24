import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cronProblem, timeZoneProblem } from '../../src/config.js';
import { createDigestScheduler, parseSchedule } from '../../src/digest/schedule-digest.js';
import { createLowdbDigestStore } from '../../src/storage/lowdb-digest-store.js';
import type { DigestStore } from '../../src/storage/digest-store.js';
import { createManualClock, type ManualClock } from './support/manual-clock.js';

const quiet = { info: () => {}, error: () => {} };
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-schedule-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));
const freshStore = () => createLowdbDigestStore(join(dir, 'digest.json'));

/** A scheduler whose run records its slot and marks it handled, as the real runner does. */
function scheduler(clock: ManualClock, store: DigestStore, cron: string, timeZone: string, fired: string[]) {
  return createDigestScheduler({
    cron,
    timeZone,
    now: clock.now,
    timers: clock.timers,
    lastSlot: () => store.lastSlot(),
    setLastSlot: (slot) => store.setLastSlot(slot),
    run: async (slot) => {
      const last = await store.lastSlot();
      if (last && last >= slot.toISOString()) return;
      fired.push(slot.toISOString());
      await store.setLastSlot(slot.toISOString());
    },
    log: quiet,
  });
}

test('fires at 08:00 London time on both sides of the spring-forward change', async () => {
  const clock = createManualClock('2026-03-27T12:00:00Z');
  const fired: string[] = [];
  const s = scheduler(clock, await freshStore(), '0 8 * * *', 'Europe/London', fired);
  await s.start();
  await clock.advanceTo('2026-03-31T00:00:00Z');
  s.stop();
  // GMT (UTC+0) until 29 March 01:00 UTC, then BST (UTC+1).
  expect(fired).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
});

test('fires at 08:00 New York time across the fall-back change', async () => {
  const clock = createManualClock('2026-10-31T00:00:00Z');
  const fired: string[] = [];
  const s = scheduler(clock, await freshStore(), '0 8 * * *', 'America/New_York', fired);
  await s.start();
  await clock.advanceTo('2026-11-02T23:00:00Z');
  expect(fired).toEqual(['2026-10-31T12:00:00.000Z', '2026-11-01T13:00:00.000Z', '2026-11-02T13:00:00.000Z']);
  expect(s.nextRun()?.toISOString()).toBe('2026-11-03T13:00:00.000Z');
});

test('a time skipped by the DST gap still runs once, just after the gap', async () => {
  const clock = createManualClock('2026-03-28T12:00:00Z');
  const fired: string[] = [];
  const s = scheduler(clock, await freshStore(), '30 1 * * *', 'Europe/London', fired);
  await s.start();
  await clock.advanceTo('2026-03-30T12:00:00Z');
  expect(fired).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z']);
});

test('the first start records a baseline and does not post for slots before it existed', async () => {
  const clock = createManualClock('2026-01-14T10:00:00Z');
  const store = await freshStore();
  const fired: string[] = [];
  await scheduler(clock, store, '0 8 * * *', 'UTC', fired).start();
  expect(fired).toEqual([]);
  expect(await store.lastSlot()).toBe('2026-01-14T08:00:00.000Z');
  expect(clock.nextDue()).toBe('2026-01-15T08:00:00.000Z');
});

test('a run missed while the app was down is caught up once on start, and not again on the next restart', async () => {
  const path = join(dir, 'digest.json');
  const store = await createLowdbDigestStore(path);
  await store.setLastSlot('2026-01-12T08:00:00.000Z');
  const fired: string[] = [];
  // Down on the 13th and 14th; back at 10:00 on the 14th: only the latest missed slot runs.
  const clock = createManualClock('2026-01-14T10:00:00Z');
  await scheduler(clock, store, '0 8 * * *', 'UTC', fired).start();
  expect(fired).toEqual(['2026-01-14T08:00:00.000Z']);

  const restarted = createManualClock('2026-01-14T10:05:00Z');
  await scheduler(restarted, await createLowdbDigestStore(path), '0 8 * * *', 'UTC', fired).start();
  expect(fired).toEqual(['2026-01-14T08:00:00.000Z']);
  await restarted.advanceTo('2026-01-15T08:00:00Z');
  expect(fired).toEqual(['2026-01-14T08:00:00.000Z', '2026-01-15T08:00:00.000Z']);
});

test('stop() cancels the pending timer', async () => {
  const clock = createManualClock('2026-01-14T10:00:00Z');
  const fired: string[] = [];
  const s = scheduler(clock, await freshStore(), '0 8 * * *', 'UTC', fired);
  await s.start();
  s.stop();
  await clock.advanceTo('2026-01-20T00:00:00Z');
  expect(fired).toEqual([]);
  expect(s.nextRun()).toBeNull();
});

test('malformed cron or time zone is refused with a readable error', () => {
  expect(() => parseSchedule('0 25 * * *', 'UTC')).toThrow(/hour/i);
  expect(() => parseSchedule('0 8 * *', 'UTC')).toThrow();
  expect(() => parseSchedule('0 8 * * *', 'Mars/Olympus_Mons')).toThrow(/timezone/i);
  expect(
    parseSchedule('0 8 * * 1-5', 'Asia/Kolkata').nextRun(new Date('2026-01-16T12:00:00Z'))?.toISOString(),
  ).toBe('2026-01-19T02:30:00.000Z');
  // Six fields: seconds first.
  expect(parseSchedule('*/5 * * * * *', 'UTC').nextRun(new Date('2026-01-16T12:00:01Z'))?.toISOString()).toBe(
    '2026-01-16T12:00:05.000Z',
  );
});

test('start-up validation explains a bad cron or zone in one line', () => {
  expect(cronProblem('0 8 * * *')).toBeNull();
  expect(cronProblem('0 8 * *')).toMatch(/five-field cron/);
  expect(cronProblem('*/5 * * * * *')).toBeNull();
  expect(cronProblem('0 0 8 * * * 2027')).toMatch(/six fields with seconds first/);
  expect(cronProblem('0 25 * * *')).toMatch(/hour/);
  expect(timeZoneProblem('Asia/Kolkata')).toBeNull();
  expect(timeZoneProblem('Mars/Olympus_Mons')).toMatch(/IANA/);
  for (const problem of [cronProblem('nope'), timeZoneProblem('nope')]) expect(problem).not.toMatch(/\n/);
});
