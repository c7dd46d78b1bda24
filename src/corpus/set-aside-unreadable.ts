import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Renames a file that could not be used to `<name>.unreadable-<time>` beside it, for someone to
 * look into, and removes the copies set aside before it (each as large as the file): only the
 * latest is kept. Returns the new path, or null when the file could not be renamed.
 */
export async function setAsideUnreadable(path: string, log: (line: string) => void): Promise<string | null> {
  const aside = `${path}.unreadable-${Date.now()}`;
  try {
    await rename(path, aside);
  } catch {
    return null;
  }
  const dir = dirname(path);
  const prefix = `${basename(path)}.unreadable-`;
  for (const name of await readdir(dir)) {
    if (!name.startsWith(prefix) || name === basename(aside)) continue;
    try {
      await rm(join(dir, name));
      log(`removed the older set-aside copy ${name} of ${path} (only the latest is kept)`);
    } catch {
      // One that cannot be removed (a folder, no permission) is left as it is.
    }
  }
  return aside;
}
