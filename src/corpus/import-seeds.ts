import { hashArticle, type SourceFile } from '../engine/index.js';
import type { ArticleStore } from '../storage/article-store.js';
import { join } from 'node:path';
import { readSourceFile, statSeedFiles, type FileStamp } from './read-source-file.js';

/** Puts one seeds-folder file into the shared article store; true when the store's copy changed. */
export async function putSeedFile(store: ArticleStore, file: SourceFile): Promise<boolean> {
  const { changed } = await store.put({
    name: file.name,
    bytes: file.bytes,
    hash: hashArticle(file.bytes),
    addedBy: 'seeds',
  });
  return changed;
}

/** What the caller already knows of a seeds file (the engine's stamp): its hash, when read at this size and mtime. */
export type KnownFile = (
  name: string,
) => { hash: string; size: number | null; mtimeMs: number | null } | undefined;

/** Reads a listed seeds file, or null when it is gone since the listing (as one never listed). */
async function readListed(seedsDir: string, name: string): Promise<SourceFile | null> {
  try {
    return await readSourceFile(join(seedsDir, name), seedsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Copies the seeds folder into the shared article store: new files are added, changed ones
 * replaced, unchanged ones left alone (no version bump, no notification). With `known`, a file
 * whose size and mtime match what it says, and whose hash the store already holds, is not read.
 * With `listed` (e.g. the seeds watcher's start-up listing), the folder is not stat'ed again: the
 * caller answers for changes made after that listing (the watcher passes them on as batches).
 */
export async function importSeeds(
  store: ArticleStore,
  seedsDir: string,
  known?: KnownFile,
  listed?: readonly FileStamp[],
): Promise<{ imported: number; unchanged: number }> {
  let imported = 0;
  let unchanged = 0;
  const held = known ? await store.hashes() : new Map<string, string>();
  for (const { name, size, mtimeMs } of listed ?? (await statSeedFiles(seedsDir))) {
    const stamp = known?.(name);
    if (stamp && stamp.size === size && stamp.mtimeMs === mtimeMs && held.get(name) === stamp.hash) {
      unchanged++;
      continue;
    }
    const file = await readListed(seedsDir, name);
    if (!file) continue;
    if (await putSeedFile(store, file)) imported++;
    else unchanged++;
  }
  return { imported, unchanged };
}
