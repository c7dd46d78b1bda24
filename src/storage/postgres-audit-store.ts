import type pg from 'pg';
import type { AuditEntry, AuditStore } from './audit-store.js';

interface AuditRow {
  at: Date;
  user_id: string;
  action: string;
  target: string;
  outcome: AuditEntry['outcome'];
  detail: string | null;
}

/** AuditStore in Postgres: one append-only table shared by every instance. */
export function createPostgresAuditStore(pool: pg.Pool): AuditStore {
  return {
    async record(entry) {
      await pool.query(
        'INSERT INTO audit_entries (at, user_id, action, target, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6)',
        [entry.at, entry.userId, entry.action, entry.target, entry.outcome, entry.detail ?? null],
      );
    },
    async recent(limit) {
      const { rows } = await pool.query<AuditRow>(
        'SELECT at, user_id, action, target, outcome, detail FROM audit_entries ORDER BY id DESC LIMIT $1',
        [limit],
      );
      return rows.map((row) => ({
        at: row.at.toISOString(),
        userId: row.user_id,
        action: row.action,
        target: row.target,
        outcome: row.outcome,
        ...(row.detail !== null ? { detail: row.detail } : {}),
      }));
    },
  };
}
