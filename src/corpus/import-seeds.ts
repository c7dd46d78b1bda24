import { hashArticle, type SourceFile } from '../engine/index.js';
import type { ArticleStore } from '../storage/article-store.js';
import { join } from 'node:path';
import { readSourceFile, statSeedFiles } from './read-source-file.js';

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

/**
 * Copies the seeds folder into the shared article store: new files are added, changed ones
 * replaced, unchanged ones left alone (no version bump, no notification). With `known`, a file
 * whose size and mtime match what it says, and whose hash the store already holds, is not read.
 */
export async function importSeeds(
  store: ArticleStore,
  seedsDir: string,
  known?: KnownFile,
): Promise<{ imported: number; unchanged: number }> {
  let imported = 0;
  let unchanged = 0;
  const held = known ? await store.hashes() : new Map<string, string>();
  for (const { name, size, mtimeMs } of await statSeedFiles(seedsDir)) {
    const stamp = known?.(name);
    if (stamp && stamp.size === size && stamp.mtimeMs === mtimeMs && held.get(name) === stamp.hash) {
      unchanged++;
      continue;
    }
    const changed = await putSeedFile(store, await readSourceFile(join(seedsDir, name), seedsDir));
    if (changed) imported++;
    else unchanged++;
  }
  return { imported, unchanged };
}
