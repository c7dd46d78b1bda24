import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/cli-io.js';
import { run as migrateStoreRun } from '../../src/cli/migrate-store.js';
import { openStores, type Stores } from '../../src/storage/open-stores.js';
import { SEEDS_DIR, seedFiles } from '../support/seed-engine.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { captureIo } from './support/capture-io.js';

const exec = promisify(execFile);
/** The command in a child process, as `npm run migrate-store` runs it (the smoke test of the entry point). */
const migrateStoreCli = (...args: string[]) =>
  exec(process.execPath, ['--import', 'tsx', 'src/cli/migrate-store.ts', ...args], {
    env: { ...process.env, NODE_OPTIONS: '' },
  });
/** The command in this process. */
async function migrateStore(...args: string[]) {
  const t = captureIo({});
  const code = await runCli('migrate-store', migrateStoreRun, args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

let dir: string;
let db: TestDatabase;
let pg: Stores | null = null;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minerals-migrate-'));
  db = await createTestDatabase();
});
afterAll(async () => {
  await pg?.close();
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

test('copies a lowdb install into Postgres, and a second run doubles nothing', async () => {
  const lowdb = await openStores({ dataDir: dir });
  await lowdb.votes.record({
    userId: 'U1',
    channelId: 'C1',
    question: 'Who attended?',
    answer: 'A.',
    citations: ['a#0.0'],
    helpful: true,
    votedAt: '2026-01-01T00:00:00.000Z',
  });
  await lowdb.feeds.add({
    url: 'https://news.test/rss',
    title: 'News',
    keywords: 'lithium',
    addedBy: 'U1',
    addedAt: '2026-01-01T00:00:00.000Z',
    lastPolledAt: null,
    lastError: null,
  });
  await lowdb.feeds.markSeen('https://news.test/rss', ['item-1', 'item-2']);
  await lowdb.digest.addPending({
    id: 'd1',
    slot: '2026-01-01T08:00:00.000Z',
    channel: 'C0DIGEST',
    window: { from: null, to: '2026-01-01T08:00:00.000Z' },
    articles: [{ file: 'a.txt', hash: 'h' }],
    status: 'pending',
    createdAt: '2026-01-01T08:00:00.000Z',
  });
  await lowdb.digest.markPosted('d1', '1767254400.000100', '2026-01-01T08:00:01.000Z');
  await lowdb.digest.setLastSlot('2026-01-01T08:00:00.000Z');
  await lowdb.threads.record({
    channel: 'C1',
    threadTs: '1767254400.000200',
    question: 'Who attended?',
    at: '2026-01-01T09:00:00.000Z',
  });
  await lowdb.audit.record({
    at: '2026-01-01T10:00:00.000Z',
    userId: 'U1',
    action: 'feed.add',
    target: 'https://news.test/rss',
    outcome: 'ok',
  });
  await lowdb.digestSettings.initialize({
    subscriptions: [
      { channel: 'C0LITH', keywords: ['lithium'], by: 'U1', since: '2026-01-01T00:00:00.000Z' },
    ],
    schedule: { cron: '30 6 * * *', timeZone: 'Asia/Kolkata' },
  });

  const first = await migrateStoreCli('--from', dir, '--to', db.url, '--seeds', SEEDS_DIR);
  expect(first.stdout).toContain(
    'votes: 1, feeds: 1, seenItems: 2, digestRuns: 1, threads: 1, auditEntries: 1, digestSubscriptions: 1',
  );
  expect(first.stdout).toContain(`articles: ${(await seedFiles()).length} imported`);

  pg = await openStores({ dataDir: dir, databaseUrl: db.url });
  expect(await pg.votes.list()).toEqual(await lowdb.votes.list());
  expect(await pg.feeds.list()).toEqual(await lowdb.feeds.list());
  expect(await pg.feeds.seen('https://news.test/rss')).toEqual(new Set(['item-1', 'item-2']));
  expect(await pg.digest.runs()).toEqual(await lowdb.digest.runs());
  expect(await pg.digest.lastSlot()).toBe('2026-01-01T08:00:00.000Z');
  expect(await pg.threads.find('C1', '1767254400.000200')).toEqual(
    await lowdb.threads.find('C1', '1767254400.000200'),
  );
  expect(await pg.audit.recent(10)).toEqual(await lowdb.audit.recent(10));
  expect(await pg.digestSettings.get()).toEqual(await lowdb.digestSettings.get());

  const again = await migrateStore('--from', dir, '--to', db.url, '--seeds', SEEDS_DIR);
  expect(again.stdout).toContain('votes: 0, feeds: 0');
  expect(again.stdout).toContain('digestRuns: 0');
  expect(again.stdout).toContain('audit trail not copied');
  expect(again.stdout).toContain('articles: 0 imported');
  expect(await pg.votes.list()).toHaveLength(1);
  expect(await pg.audit.recent(10)).toHaveLength(1);
}, 60_000);

test('a missing folder or a URL that is not postgres:// is refused with a usage line', async () => {
  expect(await migrateStore('--from', join(dir, 'nope'), '--to', db.url)).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('does not exist'),
  });
  expect(await migrateStore('--from', dir, '--to', 'mysql://x')).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('postgres://'),
  });
  expect(await migrateStore('--from', dir)).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('usage: npm run migrate-store'),
  });
});
