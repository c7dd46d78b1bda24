import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

/** A data/ file exists but is not valid JSON. The file is left exactly as it was. */
export class CorruptDataError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(
      `data file ${path} is not valid JSON (${cause instanceof Error ? cause.message : String(cause)}); ` +
        'it was left untouched: repair it or move it aside, then try again',
    );
    this.name = 'CorruptDataError';
  }
}

/**
 * Opens a lowdb JSON file, creating it lazily with `defaults`.
 * Refuses (CorruptDataError) rather than overwrite a file it cannot parse.
 * Uses `new Low(new JSONFile())` because JSONFilePreset keeps data in memory under NODE_ENV=test.
 */
export async function openJsonDb<T extends object>(path: string, defaults: T): Promise<Low<T>> {
  let raw: string | null = null;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Parsed here once (not again by db.read()); an empty file opens with the defaults.
  let stored: Partial<T> = {};
  if (raw !== null && raw.trim() !== '') {
    try {
      stored = JSON.parse(raw) as Partial<T>;
    } catch (error) {
      throw new CorruptDataError(path, error);
    }
  }
  const db = new Low<T>(new JSONFile<T>(path), structuredClone(defaults));
  db.data = { ...structuredClone(defaults), ...stored };
  return db;
}
