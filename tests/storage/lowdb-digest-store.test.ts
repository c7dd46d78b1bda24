import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastPostedRun, postedArticles, type DigestRun } from '../../src/storage/digest-store.js';
import { createLowdbDigestStore } from '../../src/storage/lowdb-digest-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = (id: string, file: string, createdAt: string): DigestRun => ({
  id,
  slot: createdAt,
  channel: 'C1',
  window: { from: null, to: createdAt },
  articles: [{ file, hash: `h-${file}` }],
  status: 'pending',
  createdAt,
});

test('an intent is on disk before posting, and its outcome after, across reopening', async () => {
  const path = join(dir, 'digest.json');
  const store = await createLowdbDigestStore(path);
  await store.addPending(run('a', 'one.txt', '2026-01-14T08:00:00.000Z'));
  expect(JSON.parse(await readFile(path, 'utf8')).runs[0].status).toBe('pending');

  await store.markPosted('a', '1768377600.000100', '2026-01-14T08:00:01.000Z');
  await store.addPending(run('b', 'two.txt', '2026-01-15T08:00:00.000Z'));
  await store.markFailed('b', 'not_in_channel');
  await store.setLastSlot('2026-01-15T08:00:00.000Z');

  const reopened = await createLowdbDigestStore(path);
  const runs = await reopened.runs();
  expect(runs.map((r) => [r.id, r.status, r.ts ?? r.error])).toEqual([
    ['a', 'posted', '1768377600.000100'],
    ['b', 'failed', 'not_in_channel'],
  ]);
  expect(postedArticles(runs)).toEqual([{ file: 'one.txt', hash: 'h-one.txt' }]);
  expect(lastPostedRun(runs)?.id).toBe('a');
  expect(await reopened.lastSlot()).toBe('2026-01-15T08:00:00.000Z');
});

test('the same run id cannot be recorded twice', async () => {
  const store = await createLowdbDigestStore(join(dir, 'digest.json'));
  await store.addPending(run('a', 'one.txt', '2026-01-14T08:00:00.000Z'));
  await expect(store.addPending(run('a', 'one.txt', '2026-01-14T08:00:00.000Z'))).rejects.toThrow(
    /already recorded/,
  );
});

// Corrupt and wrong-shape files: tests/storage/corrupt-state-files.test.ts.
