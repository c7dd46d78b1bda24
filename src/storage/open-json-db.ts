import { readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { errorMessage } from '../error-message.js';

export interface OpenJsonDbOptions {
  /** Where the warning about a file moved aside goes; default a process warning (printed on stderr). */
  warn?: (line: string) => void;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether `stored` has the shape `defaults` promises: an object whose known keys hold what the
 * default holds (an array of objects, an object, a string; a null default takes null, a string or an object).
 */
export function matchesShape(stored: unknown, defaults: object): boolean {
  if (!isPlainObject(stored)) return false;
  for (const [key, fallback] of Object.entries(defaults)) {
    if (!(key in stored)) continue;
    const value = stored[key];
    if (Array.isArray(fallback)) {
      if (!Array.isArray(value) || !value.every(isPlainObject)) return false;
    } else if (fallback === null) {
      if (value !== null && typeof value !== 'string' && !isPlainObject(value)) return false;
    } else if (isPlainObject(fallback)) {
      if (!isPlainObject(value)) return false;
    } else if (typeof value !== typeof fallback) {
      return false;
    }
  }
  return true;
}

/**
 * Opens a lowdb JSON file, creating it lazily with `defaults`. A file that does not parse, or
 * parses to the wrong shape, is moved aside (renamed `<name>.corrupt-<time>`, never deleted), a
 * warning names both files, and the store starts from `defaults`: that one feature starts
 * empty while the rest of the app runs.
 * Uses `new Low(new JSONFile())` because JSONFilePreset keeps data in memory under NODE_ENV=test.
 */
export async function openJsonDb<T extends object>(
  path: string,
  defaults: T,
  options: OpenJsonDbOptions = {},
): Promise<Low<T>> {
  let raw: string | null = null;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Parsed here once (not again by db.read()); an empty file opens with the defaults.
  let stored: Partial<T> = {};
  if (raw !== null && raw.trim() !== '') {
    let parsed: unknown;
    let problem: string | null = null;
    try {
      parsed = JSON.parse(raw);
      if (!matchesShape(parsed, defaults)) problem = 'is valid JSON of the wrong shape';
    } catch (error) {
      problem = `is not valid JSON (${errorMessage(error)})`;
    }
    if (problem) {
      const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(path, aside);
      const warn = options.warn ?? ((line: string) => process.emitWarning(line, 'MineralsDataWarning'));
      warn(
        `data file ${path} ${problem}; moved aside to ${aside} (kept) and started empty. The rest of the app runs; repair and restore it if its contents matter`,
      );
    } else {
      stored = parsed as Partial<T>;
    }
  }
  const db = new Low<T>(new JSONFile<T>(path), structuredClone(defaults));
  db.data = { ...structuredClone(defaults), ...stored };
  return db;
}
