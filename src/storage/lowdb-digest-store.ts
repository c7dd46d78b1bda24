import { join } from 'node:path';
import { openJsonDb } from './open-json-db.js';
import type { DigestRun, DigestStore } from './digest-store.js';

/** Where the digest store lives under the data folder. */
export const digestStorePath = (dataDir: string) => join(dataDir, 'digest.json');

interface DigestData {
  lastSlot: string | null;
  runs: DigestRun[];
}

/**
 * The digest store in one lowdb JSON file (e.g. data/digest.json). Every change is written
 * before the promise resolves (lowdb writes through a temp file and rename), so an intent is on
 * disk before the post is attempted. Refuses a corrupt file rather than overwrite it.
 */
export async function createLowdbDigestStore(path: string): Promise<DigestStore> {
  const db = await openJsonDb<DigestData>(path, { lastSlot: null, runs: [] });
  const update = async (id: string, change: Partial<DigestRun>) => {
    const run = db.data.runs.find((r) => r.id === id);
    if (!run) throw new Error(`digest run ${id} is not in ${path}`);
    Object.assign(run, change);
    await db.write();
  };
  return {
    runs: async () => structuredClone(db.data.runs),
    lastSlot: async () => db.data.lastSlot,
    setLastSlot: async (slot) => {
      db.data.lastSlot = slot;
      await db.write();
    },
    addPending: async (run) => {
      if (db.data.runs.some((r) => r.id === run.id))
        throw new Error(`digest run ${run.id} is already recorded`);
      db.data.runs.push(structuredClone({ ...run, status: 'pending' as const }));
      await db.write();
    },
    markPosted: (id, ts, postedAt) => update(id, { status: 'posted', ts, postedAt, error: undefined }),
    markFailed: (id, error) => update(id, { status: 'failed', error }),
  };
}
