import type pg from 'pg';
import { MAX_SEEN_PER_FEED, type Feed, type FeedStore } from './feed-store.js';

interface FeedRow {
  url: string;
  title: string;
  keywords: string | null;
  added_by: string | null;
  added_at: Date;
  last_polled_at: Date | null;
  last_error: string | null;
}

const toFeed = (row: FeedRow): Feed => ({
  url: row.url,
  title: row.title,
  keywords: row.keywords,
  addedBy: row.added_by,
  addedAt: row.added_at.toISOString(),
  lastPolledAt: row.last_polled_at?.toISOString() ?? null,
  lastError: row.last_error,
});

const COLUMNS: Record<keyof Omit<Feed, 'url'>, string> = {
  title: 'title',
  keywords: 'keywords',
  addedBy: 'added_by',
  addedAt: 'added_at',
  lastPolledAt: 'last_polled_at',
  lastError: 'last_error',
};

const SELECT = 'SELECT url, title, keywords, added_by, added_at, last_polled_at, last_error FROM feeds';

/** FeedStore in Postgres: feeds and their seen item ids, shared by every instance. */
export function createPostgresFeedStore(pool: pg.Pool): FeedStore {
  return {
    async list() {
      return (await pool.query<FeedRow>(`${SELECT} ORDER BY added_at, url`)).rows.map(toFeed);
    },
    async get(url) {
      const row = (await pool.query<FeedRow>(`${SELECT} WHERE url = $1`, [url])).rows[0];
      return row && toFeed(row);
    },
    async add(feed) {
      const { rowCount } = await pool.query(
        `INSERT INTO feeds (url, title, keywords, added_by, added_at, last_polled_at, last_error)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (url) DO NOTHING`,
        [feed.url, feed.title, feed.keywords, feed.addedBy, feed.addedAt, feed.lastPolledAt, feed.lastError],
      );
      return rowCount === 1;
    },
    async update(url, patch) {
      const entries = Object.entries(patch).filter(([key, value]) => key in COLUMNS && value !== undefined);
      if (entries.length === 0) return;
      const sets = entries.map(([key], i) => `${COLUMNS[key as keyof typeof COLUMNS]} = $${i + 2}`);
      await pool.query(`UPDATE feeds SET ${sets.join(', ')} WHERE url = $1`, [
        url,
        ...entries.map(([, value]) => value),
      ]);
    },
    async remove(url) {
      const { rowCount } = await pool.query('DELETE FROM feeds WHERE url = $1', [url]);
      return rowCount === 1;
    },
    async seen(url) {
      const { rows } = await pool.query<{ item_id: string }>('SELECT item_id FROM feed_seen WHERE url = $1', [
        url,
      ]);
      return new Set(rows.map((row) => row.item_id));
    },
    async markSeen(url, ids) {
      if (ids.length === 0) return;
      await pool.query(
        `INSERT INTO feed_seen (url, item_id) SELECT $1, unnest($2::text[])
         WHERE EXISTS (SELECT 1 FROM feeds WHERE url = $1) ON CONFLICT DO NOTHING`,
        [url, ids],
      );
      await pool.query(
        `DELETE FROM feed_seen WHERE url = $1 AND id <= (
           SELECT id FROM feed_seen WHERE url = $1 ORDER BY id DESC OFFSET $2 LIMIT 1)`,
        [url, MAX_SEEN_PER_FEED],
      );
    },
  };
}
