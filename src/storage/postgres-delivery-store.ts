import type pg from 'pg';
import type { DeliveryStore } from './delivery-store.js';

/** Keys older than this are pruned: Slack retries within minutes and refuses replays after 5. */
const KEEP_HOURS = 24;

/** DeliveryStore in Postgres: the first instance to insert a key answers; the others skip. */
export function createPostgresDeliveryStore(pool: pg.Pool): DeliveryStore {
  let claims = 0;
  return {
    async claim(key) {
      const { rowCount } = await pool.query(
        'INSERT INTO slack_deliveries (key) VALUES ($1) ON CONFLICT (key) DO NOTHING',
        [key],
      );
      // Pruned now and then rather than on every claim.
      if (++claims % 500 === 0) {
        await pool
          .query(`DELETE FROM slack_deliveries WHERE seen_at < now() - interval '${KEEP_HOURS} hours'`)
          .catch(() => undefined);
      }
      return rowCount === 1;
    },
  };
}
