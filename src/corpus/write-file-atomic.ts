import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes via a hidden temp file in the same folder and a rename, so readers (and the seeds
 * watcher, which ignores dot-files) only ever see the old file or the complete new one.
 * With `exclusive`, fails with EEXIST instead of replacing an existing file. Data given in
 * pieces is written one after the other (no joined copy of a large file).
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  options: { exclusive?: boolean } = {},
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await writeFile(temp, data, { flag: 'wx' });
    else await writePieces(temp, data);
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

async function writePieces(path: string, pieces: readonly Uint8Array[]): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    // writeFile on a handle writes the whole piece from the current position.
    for (const piece of pieces) await handle.writeFile(piece);
  } finally {
    await handle.close();
  }
}
