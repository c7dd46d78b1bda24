import pg from 'pg';
import { followArticleStore, type ArticleFollower } from '../../src/corpus/follow-article-store.js';
import { createEngine, hashArticle, type Engine } from '../../src/engine/index.js';
import type { ArticleStore, StoredArticle } from '../../src/storage/article-store.js';
import { openPostgres } from '../../src/storage/open-postgres.js';
import { createPostgresArticleStore } from '../../src/storage/postgres-article-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { openWriteGate, type WriteGate } from './support/article-write-gate.js';

// Two writers on their own connections and a follower on a third; the writer of `late.txt` is held
// between drawing its version and committing (see article-write-gate.ts). Whatever the store does about
// ordering, the follower must end up with every change.
let db: TestDatabase;
let pools: pg.Pool[];
let gate: WriteGate;
let slow: ArticleStore, fast: ArticleStore, reader: ArticleStore;
let engine: Engine;
beforeEach(async () => {
  db = await createTestDatabase();
  pools = [await openPostgres(db.url), ...[1, 2].map(() => new pg.Pool({ connectionString: db.url }))];
  const store = (pool: pg.Pool) => createPostgresArticleStore(pool, { url: db.url });
  [slow, fast, reader] = [store(pools[0]!), store(pools[1]!), store(pools[2]!)];
  engine = createEngine([]).engine;
  gate = await openWriteGate(db.url);
});
afterEach(async () => {
  await gate?.close();
  for (const pool of pools ?? []) await pool.end();
  await db?.drop();
});

const article = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes, hash: hashArticle(bytes) };
};
const late = article('late.txt', 'Kabwe smelter\n\nThe Kabwe smelter changed hands on Monday.\n');
const early = article('early.txt', 'Chile lithium quota\n\nChile raised its lithium quota.\n');

const interleave: WriteGate['interleave'] = (...args) => gate.interleave(...args);

/** Runs `body` with a follower of the reader's store, stopped however `body` ends. */
async function withFollower(body: (follower: ArticleFollower) => Promise<void>): Promise<void> {
  const follower = await followArticleStore({ engine, store: reader });
  try {
    await body(follower);
  } finally {
    await follower.stop();
  }
}

test('a change that commits after a later-numbered one still reaches a follower that polled in between', async () => {
  await withFollower(async (follower) => {
    await interleave(
      () => slow.put(late),
      () => fast.put(early),
      () => follower.catchUp(),
    );
    await follower.catchUp();
    expect(engine.hashes()).toEqual({ 'early.txt': early.hash, 'late.txt': late.hash });
  });
});

test('a removal that commits late still reaches the follower', async () => {
  await slow.put(late);
  await withFollower(async (follower) => {
    expect(engine.article('late.txt')).toBeDefined();
    await interleave(
      () => slow.remove('late.txt'),
      () => fast.put(early),
      () => follower.catchUp(),
    );
    await follower.catchUp();
    expect(engine.hashes()).toEqual({ 'early.txt': early.hash });
  });
});

test('a follower that starts while a change is in flight still gets it', async () => {
  let follower: ArticleFollower | undefined;
  try {
    await interleave(
      () => slow.put(late),
      () => fast.put(early),
      async () => (follower = await followArticleStore({ engine, store: reader })),
    );
    await follower!.catchUp();
    expect(engine.hashes()).toEqual({ 'early.txt': early.hash, 'late.txt': late.hash });
  } finally {
    await follower?.stop();
  }
});

test('changesSince past the last version seen misses nothing that commits later', async () => {
  let seen: StoredArticle[] = [];
  await interleave(
    () => slow.put(late),
    () => fast.put(early),
    async () => (seen = await reader.changesSince(0)),
  );
  const rest = await reader.changesSince(Math.max(0, ...seen.map((change) => change.version)));
  expect([...seen, ...rest].map((change) => change.name).sort()).toEqual(['early.txt', 'late.txt']);
});

test('a writer not going through this store (an older release, a fix by hand) is kept in order too', async () => {
  await withFollower(async (follower) => {
    await interleave(
      () =>
        pools[0]!.query('INSERT INTO articles (name, body, hash) VALUES ($1, $2, $3)', [
          late.name,
          Buffer.from(late.bytes),
          late.hash,
        ]),
      () => fast.put(early),
      () => follower.catchUp(),
    );
    await follower.catchUp();
    expect(engine.hashes()).toEqual({ 'early.txt': early.hash, 'late.txt': late.hash });
  });
});

test('an update holding its row before it draws a version does not deadlock with a write of the same article', async () => {
  await slow.put(article('late.txt', 'Kabwe smelter\n\nThe first owner kept it.\n'));
  const locked = await openWriteGate(db.url, 'row-locked');
  try {
    // The removal has locked late.txt's row; the put of late.txt then needs that row.
    await locked.interleave(
      () => slow.remove('late.txt'),
      () => fast.put(late),
    );
  } finally {
    await locked.close();
  }
  const [last] = await reader.read(['late.txt']);
  expect(last).toMatchObject({ deleted: false, hash: late.hash });
});
