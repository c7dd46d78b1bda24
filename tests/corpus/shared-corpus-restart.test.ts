import type pg from 'pg';
import { loadCorpus, saveCorpusSnapshot } from '../../src/corpus/load-corpus.js';
import { readSourceFile } from '../../src/corpus/read-source-file.js';
import { startSharedCorpus } from '../../src/corpus/start-shared-corpus.js';
import { watchSeeds } from '../../src/corpus/watch-seeds.js';
import { hashArticle } from '../../src/engine/index.js';
import type { ArticleStore } from '../../src/storage/article-store.js';
import { openPostgres } from '../../src/storage/open-postgres.js';
import { createPostgresArticleStore } from '../../src/storage/postgres-article-store.js';
import { countDownloads } from '../support/count-downloads.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { tempCorpus } from './support/temp-corpus.js';

let db: TestDatabase;
let pool: pg.Pool;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = await openPostgres(db.url);
  corpus = await tempCorpus(2);
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
  await corpus?.cleanup();
});

/** Starts as main does with DATABASE_URL: load, watch seeds/, join the shared corpus; notes what it downloaded. */
async function start(store: ArticleStore) {
  const { engine, origin } = await loadCorpus({
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    keepUnlisted: true,
  });
  const watcher = watchSeeds({ engine, seedsDir: corpus.seedsDir, readSourceFile, keepUnlisted: true });
  const listed = await watcher.ready;
  const counted = countDownloads(store);
  const shared = await startSharedCorpus({
    engine,
    store: counted.store,
    seedsDir: corpus.seedsDir,
    onSeedsChanged: watcher.onBatch,
    listed,
    log: () => undefined,
  });
  return {
    engine,
    origin,
    downloaded: counted.downloaded,
    async stop() {
      await shared.stop();
      await watcher.close();
      await saveCorpusSnapshot(engine, corpus.dataDir);
    },
  };
}

test('a restart keeps the stored articles its snapshot holds and downloads none of them again', async () => {
  const store = createPostgresArticleStore(pool, { url: db.url });
  // Another instance's article (a feed's, say): in the store, never in this instance's seeds/.
  const bytes = new TextEncoder().encode(
    'Chile lithium quota\n\nChile raised its lithium export quota to 40,000 tonnes, the ministry said.\n',
  );
  await store.put({ name: 'chile.txt', bytes, hash: hashArticle(bytes) });

  const first = await start(store);
  expect(first.downloaded).toEqual(['chile.txt']);
  await first.stop();

  const second = await start(store);
  try {
    expect(second.origin).toBe('snapshot');
    expect(second.engine.article('chile.txt')).toBeDefined();
    expect(second.downloaded).toEqual([]);
  } finally {
    await second.stop();
  }

  // Removed from the store while this instance was down: the restart learns it from the tombstone.
  await store.remove('chile.txt');
  const third = await start(store);
  try {
    expect(third.engine.article('chile.txt')).toBeUndefined();
    expect(third.engine.articles()).toHaveLength(2);
  } finally {
    await third.stop();
  }
});
