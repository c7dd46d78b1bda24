import type pg from 'pg';
import type { DigestRun, DigestStore } from './digest-store.js';
import { LOCKS, withAdvisoryLock } from './postgres-lock.js';

interface RunRow {
  id: string;
  slot: Date | null;
  channel: string;
  window_from: Date | null;
  window_to: Date;
  articles: DigestRun['articles'];
  status: DigestRun['status'];
  created_at: Date;
  ts: string | null;
  posted_at: Date | null;
  error: string | null;
}

function toRun(row: RunRow): DigestRun {
  return {
    id: row.id,
    slot: row.slot?.toISOString() ?? null,
    channel: row.channel,
    window: { from: row.window_from?.toISOString() ?? null, to: row.window_to.toISOString() },
    articles: row.articles,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    ...(row.ts !== null ? { ts: row.ts } : {}),
    ...(row.posted_at !== null ? { postedAt: row.posted_at.toISOString() } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

/**
 * DigestStore in Postgres. `exclusive` holds an advisory lock for a whole run, so instances take
 * turns; a unique (channel, slot) index refuses a second live attempt for the same schedule even so.
 */
export function createPostgresDigestStore(pool: pg.Pool): DigestStore {
  const update = async (id: string, sql: string, values: unknown[]) => {
    const { rowCount } = await pool.query(`UPDATE digest_runs SET ${sql} WHERE id = $1`, [id, ...values]);
    if (rowCount !== 1) throw new Error(`digest run ${id} is not in the database`);
  };
  return {
    async runs() {
      const { rows } = await pool.query<RunRow>('SELECT * FROM digest_runs ORDER BY created_at, id');
      return rows.map(toRun);
    },
    async lastSlot() {
      const { rows } = await pool.query<{ value: string | null }>(
        "SELECT value FROM digest_state WHERE key = 'last_slot'",
      );
      return rows[0]?.value ?? null;
    },
    async setLastSlot(slot) {
      // Only ever forward: an instance that lagged behind cannot reopen a slot another one handled.
      await pool.query(
        `INSERT INTO digest_state (key, value) VALUES ('last_slot', $1)
         ON CONFLICT (key) DO UPDATE SET value = GREATEST(digest_state.value, EXCLUDED.value)`,
        [slot],
      );
    },
    async addPending(run) {
      try {
        await pool.query(
          `INSERT INTO digest_runs (id, slot, channel, window_from, window_to, articles, status, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)`,
          [
            run.id,
            run.slot,
            run.channel,
            run.window.from,
            run.window.to,
            JSON.stringify(run.articles),
            run.createdAt,
          ],
        );
      } catch (error) {
        if ((error as { code?: string }).code === '23505')
          throw new Error(`digest run for ${run.channel} at ${run.slot ?? run.id} is already recorded`, {
            cause: error,
          });
        throw error;
      }
    },
    markPosted: (id, ts, postedAt) =>
      update(id, "status = 'posted', ts = $2, posted_at = $3, error = NULL", [ts, postedAt]),
    markFailed: (id, error) => update(id, "status = 'failed', error = $2", [error]),
    exclusive: (task) => withAdvisoryLock(pool, LOCKS.digest, task),
  };
}
