import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { importSeeds } from '../../src/corpus/import-seeds.js';
import { readSourceFile, statSeedFiles } from '../../src/corpus/read-source-file.js';
import { startSharedCorpus } from '../../src/corpus/start-shared-corpus.js';
import { watchSeeds, type AppliedBatch } from '../../src/corpus/watch-seeds.js';
import type { ArticleStore } from '../../src/storage/article-store.js';
import { openPostgres } from '../../src/storage/open-postgres.js';
import { createPostgresArticleStore } from '../../src/storage/postgres-article-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { STORIES, tempCorpus } from './support/temp-corpus.js';

let db: TestDatabase;
let pool: pg.Pool;
let store: ArticleStore;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
beforeEach(async () => {
  db = await createTestDatabase();
  pool = await openPostgres(db.url);
  store = createPostgresArticleStore(pool, { url: db.url });
  corpus = await tempCorpus(2);
});
afterEach(async () => {
  await pool?.end();
  await db?.drop();
  await corpus?.cleanup();
});

const kabwe = `${STORIES.kabwe.title}\n\n${STORIES.kabwe.paragraphs.join('\n\n')}\n`;

const until = async (check: () => Promise<boolean>, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

test('an import given a listing goes by it: a file it does not list is left alone, a listed file now gone is skipped', async () => {
  const listed = await statSeedFiles(corpus.seedsDir);
  const [kept, gone] = listed.map((s) => s.name);
  await rm(join(corpus.seedsDir, gone!));
  await writeFile(join(corpus.seedsDir, 'kabwe.txt'), kabwe);
  expect(await importSeeds(store, corpus.seedsDir, undefined, listed)).toEqual({ imported: 1, unchanged: 0 });
  expect([...(await store.hashes()).keys()]).toEqual([kept]);
});

test('a seeds change the watcher applies while the shared start imports is shared once the import is done', async () => {
  const watcher = watchSeeds({
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    readSourceFile,
    keepUnlisted: true,
    debounceMs: 30,
  });
  const listed = await watcher.ready;
  // The import waits (on the store's hashes) until the test lets it go on.
  let go!: () => void;
  const held = new Promise<void>((resolve) => (go = resolve));
  const slow: ArticleStore = { ...store, hashes: () => held.then(() => store.hashes()) };
  const applied = new Promise<AppliedBatch>((resolve) =>
    watcher.onBatch((batch) => batch.upserted.includes('kabwe.txt') && resolve(batch)),
  );
  const starting = startSharedCorpus({
    engine: corpus.engine,
    store: slow,
    seedsDir: corpus.seedsDir,
    onSeedsChanged: watcher.onBatch,
    listed,
    log: () => undefined,
  });
  try {
    await writeFile(join(corpus.seedsDir, 'kabwe.txt'), kabwe);
    await applied;
    go();
    const shared = await starting;
    await until(async () => (await store.hashes()).has('kabwe.txt'), 'kabwe.txt reaches the store');
    expect([...(await store.hashes()).keys()].sort()).toEqual(
      [...listed.map((s) => s.name), 'kabwe.txt'].sort(),
    );
    await shared.stop();
  } finally {
    go();
    await watcher.close();
  }
});
