import pg from 'pg';
import { followArticleStore, type ArticleFollower } from '../../src/corpus/follow-article-store.js';
import { createEngine, hashArticle, type Engine } from '../../src/engine/index.js';
import type { ArticleStore, StoredArticle } from '../../src/storage/article-store.js';
import { openPostgres } from '../../src/storage/open-postgres.js';
import { createPostgresArticleStore } from '../../src/storage/postgres-article-store.js';
import { withTimeout } from '../../src/with-timeout.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Two writers on their own connections and a follower on a third; the writer of `late.txt` is held
// between drawing its version and committing, by a test-only trigger waiting on an advisory lock the test
// holds (the "gate"). Whatever the store does about ordering, the follower must end up with every change.
const GATE = 4_242_001;

let db: TestDatabase;
let pools: pg.Pool[];
let gate: pg.Client;
let slow: ArticleStore, fast: ArticleStore, reader: ArticleStore;
let engine: Engine;
beforeEach(async () => {
  db = await createTestDatabase();
  pools = [await openPostgres(db.url), ...[1, 2].map(() => new pg.Pool({ connectionString: db.url }))];
  const store = (pool: pg.Pool) => createPostgresArticleStore(pool, { url: db.url });
  [slow, fast, reader] = [store(pools[0]!), store(pools[1]!), store(pools[2]!)];
  engine = createEngine([]).engine;
  gate = new pg.Client({ connectionString: db.url });
  await gate.connect();
  await gate.query(`
    CREATE FUNCTION wait_at_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_advisory_xact_lock_shared(${GATE}); RETURN NEW; END $$;
    CREATE TRIGGER wait_at_gate AFTER INSERT OR UPDATE ON articles
      FOR EACH ROW WHEN (NEW.name = 'late.txt') EXECUTE FUNCTION wait_at_gate();`);
});
afterEach(async () => {
  await gate?.end();
  for (const pool of pools ?? []) await pool.end();
  await db?.drop();
});

const article = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes, hash: hashArticle(bytes) };
};
const late = article('late.txt', 'Kabwe smelter\n\nThe Kabwe smelter changed hands on Monday.\n');
const early = article('early.txt', 'Chile lithium quota\n\nChile raised its lithium quota.\n');

const until = async (check: () => Promise<boolean>, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
/** Sessions of this database waiting for a lock (the held writer; with serialised versions, the other too). */
const waiting = async () =>
  (
    await gate.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a USING (pid)
       WHERE NOT l.granted AND a.datname = current_database()`,
    )
  ).rows[0]!.n;

/**
 * Holds `slow` at the gate, lets `fast` run (it commits, or waits its turn), has the follower poll, then
 * opens the gate; every promise is bounded so an ordering bug fails the test instead of hanging it.
 */
async function interleave(
  slow: () => Promise<unknown>,
  fast: () => Promise<unknown>,
  poll: () => Promise<unknown>,
) {
  await gate.query('SELECT pg_advisory_lock($1)', [GATE]);
  let opened = false;
  const open = async () => {
    if (!opened) await gate.query('SELECT pg_advisory_unlock($1)', [GATE]);
    opened = true;
  };
  try {
    const slowDone = slow();
    await until(async () => (await waiting()) >= 1, 'the slow writer waits at the gate');
    let fastSettled = false;
    const fastDone = fast().finally(() => (fastSettled = true));
    await until(async () => fastSettled || (await waiting()) >= 2, 'the fast writer commits or waits');
    await poll();
    await open();
    await withTimeout(Promise.all([slowDone, fastDone]), 10_000, 'the writers did not finish');
  } finally {
    await open();
  }
}

test('a change that commits after a later-numbered one still reaches a follower that polled in between', async () => {
  const follower = await followArticleStore({ engine, store: reader });
  try {
    await interleave(
      () => slow.put(late),
      () => fast.put(early),
      () => follower.catchUp(),
    );
    await follower.catchUp();
    expect(engine.hashes()).toEqual({ 'early.txt': early.hash, 'late.txt': late.hash });
  } finally {
    await follower.stop();
  }
});

test('a removal that commits late still reaches the follower', async () => {
  await slow.put(late);
  const follower = await followArticleStore({ engine, store: reader });
  try {
    expect(engine.article('late.txt')).toBeDefined();
    await interleave(
      () => slow.remove('late.txt'),
      () => fast.put(early),
      () => follower.catchUp(),
    );
    await follower.catchUp();
    expect(engine.hashes()).toEqual({ 'early.txt': early.hash });
  } finally {
    await follower.stop();
  }
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
  const follower = await followArticleStore({ engine, store: reader });
  try {
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
  } finally {
    await follower.stop();
  }
});
