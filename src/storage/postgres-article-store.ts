import pg from 'pg';
import type { ArticleStore, FollowState, StoredArticle } from './article-store.js';
import { errorMessage } from '../error-message.js';

/** The NOTIFY channel article changes are announced on (payload: the new version). */
export const ARTICLES_CHANNEL = 'minerals_articles';

interface ArticleRow {
  name: string;
  body: Buffer;
  hash: string;
  title: string | null;
  url: string | null;
  added_by: string | null;
  added_at: Date;
  changed_at: Date;
  version: string;
  deleted: boolean;
}

const toArticle = (row: ArticleRow): StoredArticle => ({
  name: row.name,
  bytes: new Uint8Array(row.body),
  hash: row.hash,
  title: row.title,
  url: row.url,
  addedBy: row.added_by,
  addedAt: row.added_at.toISOString(),
  changedAt: row.changed_at.toISOString(),
  version: Number(row.version),
  deleted: row.deleted,
});

export interface PostgresArticleStoreOptions {
  /** For the LISTEN connection, which cannot come from the pool. */
  url: string;
  log?: (line: string) => void;
  /** Reconnect delays: first and largest, ms. Default 250 and 10 000. */
  backoffMs?: { first: number; max: number };
}

/**
 * ArticleStore in Postgres; changes are announced with NOTIFY in the same statement that makes them.
 * Every insert or update of a row draws its version in the schema's trigger (migration 003), under a
 * lock held until commit, so versions commit in the order drawn and `changesSince` never skips one.
 */
export function createPostgresArticleStore(
  pool: pg.Pool,
  options: PostgresArticleStoreOptions,
): ArticleStore {
  const log = options.log ?? (() => undefined);
  const backoff = options.backoffMs ?? { first: 250, max: 10_000 };
  return {
    async put(article) {
      const { rows } = await pool.query<{ version: string }>(
        `WITH changed AS (
           INSERT INTO articles (name, body, hash, title, url, added_by)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (name) DO UPDATE SET
             body = EXCLUDED.body, hash = EXCLUDED.hash, title = EXCLUDED.title, url = EXCLUDED.url,
             added_by = EXCLUDED.added_by, changed_at = now(), deleted = false
           WHERE articles.hash <> EXCLUDED.hash OR articles.deleted
           RETURNING version)
         SELECT version, pg_notify('${ARTICLES_CHANNEL}', version::text) FROM changed`,
        [
          article.name,
          Buffer.from(article.bytes),
          article.hash,
          article.title ?? null,
          article.url ?? null,
          article.addedBy ?? null,
        ],
      );
      const version = rows[0] ? Number(rows[0].version) : null;
      return { changed: version !== null, version };
    },
    async hashes() {
      const { rows } = await pool.query<{ name: string; hash: string }>(
        'SELECT name, hash FROM articles WHERE NOT deleted',
      );
      return new Map(rows.map((row) => [row.name, row.hash]));
    },
    async latestVersion() {
      const { rows } = await pool.query<{ version: string | null }>(
        'SELECT max(version) AS version FROM articles',
      );
      return Number(rows[0]?.version ?? 0);
    },
    async read(names) {
      if (names.length === 0) return [];
      const { rows } = await pool.query<ArticleRow>(
        'SELECT * FROM articles WHERE name = ANY($1) ORDER BY version',
        [names],
      );
      return rows.map(toArticle);
    },
    async remove(name) {
      const { rows } = await pool.query(
        `WITH gone AS (
           UPDATE articles SET deleted = true, changed_at = now()
           WHERE name = $1 AND NOT deleted RETURNING version)
         SELECT pg_notify('${ARTICLES_CHANNEL}', version::text) FROM gone`,
        [name],
      );
      return rows.length > 0;
    },
    async changesSince(after, limit = 500) {
      const { rows } = await pool.query<ArticleRow>(
        'SELECT * FROM articles WHERE version > $1 ORDER BY version LIMIT $2',
        [after, limit],
      );
      return rows.map(toArticle);
    },
    async watch(onChange) {
      let state: FollowState = 'connecting';
      let client: pg.Client | null = null;
      let timer: NodeJS.Timeout | null = null;
      let delay = backoff.first;

      const retry = (why: string) => {
        if (state === 'stopped' || timer) return;
        if (state !== 'reconnecting')
          log(`postgres: article feed lost (${why}); answering from memory, reconnecting`);
        state = 'reconnecting';
        // A dropped connection can still emit its error after we let go of it: keep one listener so it is not unhandled.
        client?.removeAllListeners();
        client?.on('error', () => undefined);
        void client?.end().catch(() => undefined);
        client = null;
        timer = setTimeout(() => {
          timer = null;
          void connect();
        }, delay);
        timer.unref();
        delay = Math.min(delay * 2, backoff.max);
      };

      async function connect(): Promise<void> {
        const next = new pg.Client({ connectionString: options.url, application_name: 'minerals-listen' });
        client = next;
        next.on('error', (error) => retry(error.message));
        next.on('end', () => retry('connection closed'));
        next.on('notification', () => onChange());
        try {
          await next.connect();
          await next.query(`LISTEN ${ARTICLES_CHANNEL}`);
        } catch (error) {
          retry(errorMessage(error));
          return;
        }
        if ((state as FollowState) === 'stopped') {
          await next.end().catch(() => undefined);
          return;
        }
        if (state === 'reconnecting') log('postgres: article feed reconnected; catching up');
        state = 'listening';
        delay = backoff.first;
        // Whatever changed while we were not listening.
        onChange();
      }

      await connect();
      return {
        state: () => state,
        async stop() {
          state = 'stopped';
          if (timer) clearTimeout(timer);
          timer = null;
          const open = client;
          client = null;
          open?.removeAllListeners();
          open?.on('error', () => undefined);
          await open?.end().catch(() => undefined);
        },
      };
    },
  };
}
