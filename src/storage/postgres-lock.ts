import type pg from 'pg';

/**
 * Advisory lock keys (one number per job that only one instance may do at a time). `articleVersions`
 * is taken per transaction by every article change, in the trigger of migration 003 (which spells the
 * number out), so versions commit in the order they are drawn.
 */
export const LOCKS = { digest: 712_001, feedPoll: 712_002, articleVersions: 712_003 } as const;

/**
 * Runs `task` holding a session advisory lock on a connection of its own, or resolves to null when
 * `take` did not get it. A crashed holder's lock is released with its connection.
 */
async function holdLock<T>(
  pool: pg.Pool,
  key: number,
  take: (client: pg.PoolClient) => Promise<boolean>,
  task: () => Promise<T>,
): Promise<T | null> {
  const client = await pool.connect();
  let broken = false;
  try {
    if (!(await take(client))) return null;
    try {
      return await task();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => (broken = true));
    }
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // A connection whose lock state is unknown is closed rather than returned to the pool.
    client.release(broken);
  }
}

/** Runs `task` under the lock, waiting for another instance that holds it. */
export async function withAdvisoryLock<T>(pool: pg.Pool, key: number, task: () => Promise<T>): Promise<T> {
  const waitForLock = async (client: pg.PoolClient) => {
    // The wait may outlast the pool's statement timeout (another instance posting a digest).
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    await client.query('RESET statement_timeout');
    return true;
  };
  return (await holdLock(pool, key, waitForLock, task)) as T;
}

/** Runs `task` only if no other instance holds the lock now; resolves to null when it was skipped. */
export function tryAdvisoryLock<T>(pool: pg.Pool, key: number, task: () => Promise<T>): Promise<T | null> {
  const tryLock = async (client: pg.PoolClient) =>
    (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key])).rows[0]
      ?.locked === true;
  return holdLock(pool, key, tryLock, task);
}
