import { mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { followArticleStore } from '../../src/corpus/follow-article-store.js';
import { importSeeds } from '../../src/corpus/import-seeds.js';
import { readSourceFile } from '../../src/corpus/read-source-file.js';
import { startSharedCorpus } from '../../src/corpus/start-shared-corpus.js';
import { watchSeeds } from '../../src/corpus/watch-seeds.js';
import { createEngine, hashArticle } from '../../src/engine/index.js';
import { openPostgres } from '../../src/storage/open-postgres.js';
import { createPostgresArticleStore } from '../../src/storage/postgres-article-store.js';
import { countDownloads } from '../support/count-downloads.js';
import { SEEDS_DIR, seedFiles } from '../support/seed-engine.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let pool: pg.Pool;
// A fresh database per test: each starts from an empty corpus.
beforeEach(async () => {
  db = await createTestDatabase();
  pool = await openPostgres(db.url);
});
afterEach(async () => {
  await pool?.end();
  await db?.drop();
});

const article = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes, hash: hashArticle(bytes) };
};

const until = async (check: () => boolean, timeoutMs = 2000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

test('put stores once per content, remove leaves a tombstone, changes come back in version order', async () => {
  const store = createPostgresArticleStore(pool, { url: db.url });
  const first = await store.put({
    ...article('a.txt', 'Lithium talks in Lima.'),
    addedBy: 'U1',
    url: 'https://example.com/a',
  });
  expect(first.changed).toBe(true);
  expect((await store.put(article('a.txt', 'Lithium talks in Lima.'))).changed).toBe(false);
  const second = await store.put(article('a.txt', 'Lithium talks in Lima, day two.'));
  expect(second.version).toBeGreaterThan(first.version!);
  expect(await store.remove('a.txt')).toBe(true);
  expect(await store.remove('a.txt')).toBe(false);
  const changes = await store.changesSince(0);
  expect(changes).toHaveLength(1);
  expect(changes[0]).toMatchObject({ name: 'a.txt', deleted: true, addedBy: null });
  expect(new TextDecoder().decode(changes[0]!.bytes)).toBe('Lithium talks in Lima, day two.');
  expect(await store.changesSince(changes[0]!.version)).toEqual([]);
});

test('an article stored through one instance is answerable on another within 2 s, and after its feed reconnects', async () => {
  const { engine } = createEngine(await seedFiles());
  const otherPool = new pg.Pool({ connectionString: db.url });
  const writer = createPostgresArticleStore(otherPool, { url: db.url });
  const reader = createPostgresArticleStore(pool, { url: db.url, backoffMs: { first: 50, max: 200 } });
  const follower = await followArticleStore({ engine, store: reader });
  try {
    expect(follower.state()).toBe('listening');
    const text =
      'Zambia and Finland sign cobalt pact\n\nHELSINKI, March 3 (Reuters) - Zambian Mines Minister Paul Kabuswe and Finnish Trade Minister ' +
      'Ville Tavio signed a cobalt refining agreement in Helsinki on Monday, officials said. The deal covers a refinery in Kokkola.\n';
    const started = Date.now();
    await writer.put(article('zambia.txt', text));
    await until(() => engine.article('zambia.txt') !== undefined);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(engine.ask('Who signed the cobalt refining agreement?').citations[0]?.article).toBe('zambia.txt');

    // The server drops the listening connection: changes made meanwhile arrive after the reconnect.
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'minerals-listen' AND datname = current_database()",
    );
    await admin.end();
    await until(() => follower.state() === 'reconnecting');
    await writer.put(
      article(
        'chile.txt',
        'Chile lithium quota\n\nChile raised its lithium export quota to 40,000 tonnes, the ministry said.\n',
      ),
    );
    await writer.remove('zambia.txt');
    await until(
      () =>
        follower.state() === 'listening' &&
        engine.article('chile.txt') !== undefined &&
        engine.article('zambia.txt') === undefined,
    );
  } finally {
    await follower.stop();
    await otherPool.end();
  }
});

test('importing the seeds twice stores each file once; a follower indexes them all', async () => {
  const store = createPostgresArticleStore(pool, { url: db.url });
  const files = await seedFiles();
  const first = await importSeeds(store, SEEDS_DIR);
  expect(first.imported).toBe(files.length);
  expect(await importSeeds(store, SEEDS_DIR)).toEqual({ imported: 0, unchanged: files.length });
  const { engine } = createEngine([]);
  const follower = await followArticleStore({ engine, store });
  await follower.stop();
  const seedEngine = createEngine(files).engine;
  expect(Object.keys(engine.hashes()).sort()).toEqual(Object.keys(seedEngine.hashes()).sort());
});

test('an import reads only the seed files the engine does not already hold as the store does', async () => {
  const store = createPostgresArticleStore(pool, { url: db.url });
  const seeds = await mkdtemp(join(tmpdir(), 'seeds-known-'));
  try {
    // Whole seconds, so setting the mtime back later gives the very stamp the engine saw.
    const then = new Date(1_700_000_000_000);
    for (const f of (await seedFiles()).slice(0, 2)) {
      await writeFile(join(seeds, f.name), f.bytes);
      await utimes(join(seeds, f.name), then, then);
    }
    await importSeeds(store, seeds);
    const { engine } = createEngine(
      await Promise.all((await seedFiles(seeds)).map((f) => readSourceFile(join(seeds, f.name), seeds))),
    );
    const [kept, edited] = Object.keys(engine.hashes()).sort();
    expect(await store.hashes()).toEqual(new Map(Object.entries(engine.hashes())));
    // Same size, same mtime, other bytes: only a reader of the file could tell (the stat check trusts the stamp).
    const path = join(seeds, kept!);
    const stamp = engine.stamp(kept!)!;
    const bytes = Buffer.from(await readFile(path));
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x41 ? 0x42 : 0x41;
    await writeFile(path, bytes);
    await utimes(path, then, then);
    // A real edit changes the stamp and is read and stored.
    await writeFile(join(seeds, edited!), 'Edited seed\n\nThe Kabwe smelter changed hands on Monday.\n');
    expect(await importSeeds(store, seeds, (name) => engine.stamp(name))).toEqual({
      imported: 1,
      unchanged: 1,
    });
    expect((await store.hashes()).get(kept!)).toBe(stamp.hash);
    // Without what the engine knows, every file is read: the silent edit is found too.
    expect(await importSeeds(store, seeds)).toEqual({ imported: 1, unchanged: 1 });
  } finally {
    await rm(seeds, { recursive: true, force: true });
  }
});

test("a file dropped into one instance's seeds folder, and its deletion, reach the other instance", async () => {
  const seedsA = await mkdtemp(join(tmpdir(), 'seeds-a-'));
  const seedsB = await mkdtemp(join(tmpdir(), 'seeds-b-'));
  const { engine: a } = createEngine([]);
  const { engine: b } = createEngine([]);
  const watcher = watchSeeds({ engine: a, seedsDir: seedsA, readSourceFile, debounceMs: 50 });
  await watcher.ready;
  const log = () => undefined;
  const sharedA = await startSharedCorpus({
    engine: a,
    store: createPostgresArticleStore(pool, { url: db.url }),
    seedsDir: seedsA,
    onSeedsChanged: watcher.onBatch,
    log,
  });
  const otherPool = new pg.Pool({ connectionString: db.url });
  const sharedB = await startSharedCorpus({
    engine: b,
    store: createPostgresArticleStore(otherPool, { url: db.url }),
    seedsDir: seedsB,
    log,
  });
  try {
    await writeFile(
      join(seedsA, 'drc-quota.txt'),
      'DRC cobalt quota\n\nKINSHASA, Dec 1 - Congo set a cobalt export quota of 96,600 tonnes for 2026, the regulator ARECOMS said on Monday.\n',
    );
    await until(() => b.article('drc-quota.txt') !== undefined, 5000);
    await unlink(join(seedsA, 'drc-quota.txt'));
    await until(() => b.article('drc-quota.txt') === undefined, 5000);
  } finally {
    await sharedA.stop();
    await sharedB.stop();
    await watcher.close();
    await otherPool.end();
    await rm(seedsA, { recursive: true, force: true });
    await rm(seedsB, { recursive: true, force: true });
  }
});

test('a start whose index already holds the store’s articles downloads only those that differ, then follows changes', async () => {
  const store = createPostgresArticleStore(pool, { url: db.url });
  await importSeeds(store, SEEDS_DIR);
  const chile = (quota: string) =>
    article(
      'chile.txt',
      `Chile lithium quota\n\nChile raised its lithium export quota to ${quota} tonnes, the ministry said.\n`,
    );
  const gone = article('gone.txt', 'Kabwe smelter\n\nThe Kabwe smelter changed hands on Monday.\n');
  await store.put(chile('40,000'));
  await store.put(gone);
  await store.remove('gone.txt');
  await store.put(chile('45,000'));
  // The index a restart restores: every seed as the store holds it, an older Chile, and an article since removed.
  const { engine } = createEngine([...(await seedFiles()), chile('40,000'), gone]);
  const { store: counted, downloaded } = countDownloads(store);
  const follower = await followArticleStore({ engine, store: counted });
  try {
    // The newer Chile, and the removed article's tombstone; none of the seeds the index holds as stored.
    expect(downloaded.sort()).toEqual(['chile.txt', 'gone.txt']);
    expect(engine.hashes()['chile.txt']).toBe(chile('45,000').hash);
    expect(engine.article('gone.txt')).toBeUndefined();
    expect(new Map(Object.entries(engine.hashes()))).toEqual(await store.hashes());
    expect(follower.version()).toBeGreaterThan(0);
    // Changes made after the start still arrive, and only they are downloaded.
    await store.put(chile('50,000'));
    await until(() => engine.hashes()['chile.txt'] === chile('50,000').hash);
    expect(downloaded).toHaveLength(3);
  } finally {
    await follower.stop();
  }
});
