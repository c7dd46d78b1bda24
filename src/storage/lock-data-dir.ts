import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the lock file inside DATA_DIR. */
export const LOCK_FILE = 'minerals.lock';

/** Another live process holds the data folder. */
export class DataLockError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `another minerals process (pid ${pid}) is already using ${dataDir}: two processes on one data folder lose writes and post the digest twice. ` +
        'Stop it first, or set DATABASE_URL so that several instances share Postgres',
    );
    this.name = 'DataLockError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<dataDir>/minerals.lock`, created exclusively with this process's pid in it. A lock whose
 * pid is no longer running (a crash, a kill -9) is stale and taken over; a live holder makes this
 * throw DataLockError. Resolves to a release function (idempotent) that removes the file if it is still ours.
 */
export async function lockDataDir(dataDir: string, pid = process.pid): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  // The pid written in the lock file; NaN when it is gone or unreadable.
  const readHolder = async () => Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${pid}\n`);
      await file.close();
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        if ((await readHolder()) === pid) await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder();
    if (Number.isInteger(holder) && holder > 0 && holder !== pid && isAlive(holder))
      throw new DataLockError(dataDir, holder);
    // Stale (dead holder, unreadable, or our own pid from a previous life): remove it and try again.
    await unlink(path).catch(() => undefined);
  }
  throw new Error(`could not take the lock ${path}`);
}
