import type pg from 'pg';
import { MAX_THREADS, type AnsweredThread, type ThreadStore } from './thread-store.js';

/** ThreadStore in Postgres: any instance answers a reply in a thread another instance started. */
export function createPostgresThreadStore(pool: pg.Pool, capacity = MAX_THREADS): ThreadStore {
  let writes = 0;
  return {
    async record(thread) {
      await pool.query(
        `INSERT INTO answered_threads (channel, thread_ts, question, at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel, thread_ts) DO UPDATE SET question = EXCLUDED.question, at = EXCLUDED.at`,
        [thread.channel, thread.threadTs, thread.question, thread.at],
      );
      // Trimmed to the newest `capacity` now and then, as the lowdb store keeps the newest.
      if (++writes % 100 === 0) {
        await pool.query(
          'DELETE FROM answered_threads WHERE at < (SELECT at FROM answered_threads ORDER BY at DESC OFFSET $1 LIMIT 1)',
          [capacity],
        );
      }
    },
    async find(channel, threadTs) {
      const { rows } = await pool.query<{ question: string | null; at: Date }>(
        'SELECT question, at FROM answered_threads WHERE channel = $1 AND thread_ts = $2',
        [channel, threadTs],
      );
      const row = rows[0];
      return row
        ? ({ channel, threadTs, question: row.question, at: row.at.toISOString() } satisfies AnsweredThread)
        : undefined;
    },
  };
}
