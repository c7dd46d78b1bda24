import pg from 'pg';
import { migratePostgres, openPostgres } from '../../src/storage/open-postgres.js';
import { createPostgresDeliveryStore } from '../../src/storage/postgres-delivery-store.js';
import { createPostgresDigestStore } from '../../src/storage/postgres-digest-store.js';
import { createPostgresFeedStore } from '../../src/storage/postgres-feed-store.js';
import { LOCKS, tryAdvisoryLock } from '../../src/storage/postgres-lock.js';
import { createPostgresVoteStore } from '../../src/storage/postgres-vote-store.js';
import type { DigestRun } from '../../src/storage/digest-store.js';
import type { Feed } from '../../src/storage/feed-store.js';
import type { Vote } from '../../src/storage/vote-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = await openPostgres(db.url);
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const vote = (overrides: Partial<Vote> = {}): Vote => ({
  userId: 'U1',
  channelId: 'C1',
  question: 'Who attended?',
  answer: 'Someone.',
  citations: ['a.txt#0.0'],
  helpful: true,
  votedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

test('migrations run once even when several instances start at the same moment', async () => {
  const other = await createTestDatabase();
  try {
    const runs = await Promise.all([1, 2, 3, 4].map(() => migratePostgres(other.url)));
    expect(runs.flat()).toEqual([
      '001_initial-schema',
      '002_threads-audit-digest-settings',
      '003_article-versions-in-commit-order',
    ]);
    const client = new pg.Client({ connectionString: other.url });
    await client.connect();
    const { rows } = await client.query('SELECT name FROM schema_migrations');
    await client.end();
    expect(rows.map((r: { name: string }) => r.name)).toEqual([
      '001_initial-schema',
      '002_threads-audit-digest-settings',
      '003_article-versions-in-commit-order',
    ]);
  } finally {
    await other.drop();
  }
});

test('votes: one per user and question, replaced on a second click, kept in order', async () => {
  const store = createPostgresVoteStore(pool);
  expect(await store.record(vote())).toEqual({ replaced: false });
  expect(
    await store.record(vote({ userId: 'U2', helpful: false, citations: ['b.txt#1.0', 'c.txt#0.2'] })),
  ).toEqual({ replaced: false });
  expect(await store.record(vote({ question: ' who attended? ', helpful: false }))).toEqual({
    replaced: true,
  });
  const votes = await store.list();
  expect(votes.map((v) => [v.userId, v.helpful, v.question])).toEqual([
    ['U1', false, ' who attended? '],
    ['U2', false, 'Who attended?'],
  ]);
  expect(votes[1]?.citations).toEqual(['b.txt#1.0', 'c.txt#0.2']);
  expect(votes[0]?.votedAt).toBe('2026-01-01T00:00:00.000Z');
});

test('feeds: add once, update, seen ids, remove drops the seen ids', async () => {
  const store = createPostgresFeedStore(pool);
  const feed: Feed = {
    url: 'https://example.com/feed',
    title: 'Ex',
    keywords: 'lithium',
    addedBy: 'U1',
    addedAt: '2026-01-01T00:00:00.000Z',
    lastPolledAt: null,
    lastError: null,
  };
  expect(await store.add(feed)).toBe(true);
  expect(await store.add({ ...feed, title: 'again' })).toBe(false);
  await store.update(feed.url, { lastPolledAt: '2026-01-02T00:00:00.000Z', lastError: 'timeout' });
  await store.update(feed.url, { lastError: null, title: 'Example' });
  expect(await store.get(feed.url)).toEqual({
    ...feed,
    title: 'Example',
    lastPolledAt: '2026-01-02T00:00:00.000Z',
  });
  await store.markSeen(feed.url, ['a', 'b']);
  await store.markSeen(feed.url, ['b', 'c']);
  expect([...(await store.seen(feed.url))].sort()).toEqual(['a', 'b', 'c']);
  expect(await store.list()).toHaveLength(1);
  expect(await store.remove(feed.url)).toBe(true);
  expect(await store.remove(feed.url)).toBe(false);
  expect(await store.seen(feed.url)).toEqual(new Set());
  expect(await store.get(feed.url)).toBeUndefined();
});

test('digest runs: pending, posted, failed, and only one live attempt per channel and slot', async () => {
  const store = createPostgresDigestStore(pool);
  const run = (id: string, slot: string | null): DigestRun => ({
    id,
    slot,
    channel: 'C123',
    window: { from: null, to: '2026-01-01T08:00:00.000Z' },
    articles: [{ file: 'a.txt', hash: 'h1' }],
    status: 'pending',
    createdAt: '2026-01-01T08:00:00.000Z',
  });
  await store.addPending(run('d1', '2026-01-01T08:00:00.000Z'));
  await expect(store.addPending(run('d2', '2026-01-01T08:00:00.000Z'))).rejects.toThrow(/already recorded/);
  await store.markFailed('d1', 'channel_not_found');
  // A failed attempt frees its slot for a retry.
  await store.addPending(run('d3', '2026-01-01T08:00:00.000Z'));
  await store.markPosted('d3', '1700000000.000100', '2026-01-01T08:00:01.000Z');
  await store.addPending(run('d4', null));
  await store.addPending(run('d5', null));
  const runs = await store.runs();
  expect(runs.map((r) => [r.id, r.status])).toEqual([
    ['d1', 'failed'],
    ['d3', 'posted'],
    ['d4', 'pending'],
    ['d5', 'pending'],
  ]);
  expect(runs[1]).toEqual({
    ...run('d3', '2026-01-01T08:00:00.000Z'),
    status: 'posted',
    ts: '1700000000.000100',
    postedAt: '2026-01-01T08:00:01.000Z',
  });
  await expect(store.markPosted('nope', '1', '2026-01-01T00:00:00.000Z')).rejects.toThrow(
    /not in the database/,
  );
});

test('digest last slot only moves forward', async () => {
  const store = createPostgresDigestStore(pool);
  await store.setLastSlot('2026-01-02T08:00:00.000Z');
  await store.setLastSlot('2026-01-01T08:00:00.000Z');
  expect(await store.lastSlot()).toBe('2026-01-02T08:00:00.000Z');
});

test('digest exclusive sections never overlap across pools (instances)', async () => {
  const otherPool = new pg.Pool({ connectionString: db.url });
  try {
    const a = createPostgresDigestStore(pool);
    const b = createPostgresDigestStore(otherPool);
    const events: string[] = [];
    const section = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      events.push(`${name} out`);
    };
    await Promise.all([a.exclusive!(section('a')), b.exclusive!(section('b'))]);
    expect(events).toHaveLength(4);
    expect(events[0]?.split(' ')[0]).toBe(events[1]?.split(' ')[0]);
    expect(events[2]?.split(' ')[0]).toBe(events[3]?.split(' ')[0]);
  } finally {
    await otherPool.end();
  }
});

test('deliveries: the first claim of a key wins, from whichever pool', async () => {
  const otherPool = new pg.Pool({ connectionString: db.url });
  try {
    const a = createPostgresDeliveryStore(pool);
    const b = createPostgresDeliveryStore(otherPool);
    const claims = await Promise.all([a.claim('Ev1'), b.claim('Ev1'), a.claim('Ev1'), b.claim('Ev1')]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await b.claim('Ev2')).toBe(true);
  } finally {
    await otherPool.end();
  }
});

test('feed polling: while one instance polls, another skips its round instead of polling the same feeds', async () => {
  const otherPool = new pg.Pool({ connectionString: db.url });
  try {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const first = tryAdvisoryLock(pool, LOCKS.feedPoll, async () => {
      await holding;
      return 'polled by a';
    });
    // Give the first a moment to take the lock.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await tryAdvisoryLock(otherPool, LOCKS.feedPoll, async () => 'polled by b')).toBeNull();
    release();
    expect(await first).toBe('polled by a');
    // Once released, the next round can go to either.
    expect(await tryAdvisoryLock(otherPool, LOCKS.feedPoll, async () => 'polled by b')).toBe('polled by b');
  } finally {
    await otherPool.end();
  }
});
