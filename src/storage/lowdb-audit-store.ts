import { join } from 'node:path';
import type { AuditEntry, AuditStore } from './audit-store.js';
import { createWriteQueue } from './create-write-queue.js';
import { openJsonDb } from './open-json-db.js';

/** Where the audit trail lives under the data folder. */
export const auditStorePath = (dataDir: string) => join(dataDir, 'audit.json');

/**
 * Entries kept in the JSON file; the oldest go first past this (a team needing more keeps it in Postgres).
 */
export const MAX_AUDIT_ENTRIES = 10_000;

interface AuditData {
  entries: AuditEntry[];
}

/** The audit trail in one lowdb JSON file, oldest entry first. Writes are serialised so no entry is lost. */
export async function createLowdbAuditStore(path: string): Promise<AuditStore> {
  const db = await openJsonDb<AuditData>(path, { entries: [] });
  const queue = createWriteQueue();
  return {
    record(entry) {
      return queue(async () => {
        db.data.entries.push(structuredClone(entry));
        if (db.data.entries.length > MAX_AUDIT_ENTRIES)
          db.data.entries.splice(0, db.data.entries.length - MAX_AUDIT_ENTRIES);
        await db.write();
      });
    },
    async recent(limit) {
      await queue.idle();
      return structuredClone(db.data.entries.slice(-limit).reverse());
    },
  };
}
