import { randomBytes } from 'node:crypto';
import { link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes via a hidden temp file in the same folder and a rename, so readers (and the seeds
 * watcher, which ignores dot-files) only ever see the old file or the complete new one.
 * With `exclusive`, fails with EEXIST instead of replacing an existing file.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (options.exclusive) {
      // link() refuses to replace an existing target, unlike rename().
      await link(temp, path);
      await rm(temp, { force: true });
    } else {
      await rename(temp, path);
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
