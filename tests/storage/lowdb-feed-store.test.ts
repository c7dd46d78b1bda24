import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feed } from '../../src/storage/feed-store.js';
import { MAX_SEEN_PER_FEED } from '../../src/storage/feed-store.js';
import { createLowdbFeedStore } from '../../src/storage/lowdb-feed-store.js';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'feeds-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const feed = (url: string): Feed => ({
  url,
  title: 'T',
  keywords: 'lithium OR cobalt',
  addedBy: 'U1',
  addedAt: '2026-01-01T00:00:00.000Z',
  lastPolledAt: null,
  lastError: null,
});

test('feeds and seen ids persist across reopen', async () => {
  const path = join(dir, 'feeds.json');
  const store = await createLowdbFeedStore(path);
  expect(await store.add(feed('https://a.test/rss'))).toBe(true);
  expect(await store.add(feed('https://a.test/rss'))).toBe(false);
  await store.add(feed('https://b.test/atom'));
  await store.update('https://a.test/rss', { title: 'Metals', lastError: 'boom' });
  await store.markSeen('https://a.test/rss', ['1', '2']);
  await store.markSeen('https://a.test/rss', ['2', '3']);

  const again = await createLowdbFeedStore(path);
  expect((await again.list()).map((f) => f.url)).toEqual(['https://a.test/rss', 'https://b.test/atom']);
  expect(await again.get('https://a.test/rss')).toMatchObject({
    title: 'Metals',
    lastError: 'boom',
    keywords: 'lithium OR cobalt',
  });
  expect([...(await again.seen('https://a.test/rss'))]).toEqual(['1', '2', '3']);

  expect(await again.remove('https://a.test/rss')).toBe(true);
  expect(await again.remove('https://a.test/rss')).toBe(false);
  const third = await createLowdbFeedStore(path);
  expect((await third.list()).map((f) => f.url)).toEqual(['https://b.test/atom']);
  expect((await third.seen('https://a.test/rss')).size).toBe(0);
});

test('seen ids are capped per feed, keeping the newest', async () => {
  const store = await createLowdbFeedStore(join(dir, 'feeds.json'));
  await store.markSeen(
    'u',
    Array.from({ length: MAX_SEEN_PER_FEED + 10 }, (_, i) => `id${i}`),
  );
  const seen = await store.seen('u');
  expect(seen.size).toBe(MAX_SEEN_PER_FEED);
  expect(seen.has('id0')).toBe(false);
  expect(seen.has(`id${MAX_SEEN_PER_FEED + 9}`)).toBe(true);
});

// Corrupt and wrong-shape files: tests/storage/corrupt-state-files.test.ts.
