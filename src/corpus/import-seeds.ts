import { hashArticle, type SourceFile } from '../engine/index.js';
import type { ArticleStore } from '../storage/article-store.js';
import { readSeedFiles } from './read-source-file.js';

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

/**
 * Copies the seeds folder into the shared article store: new files are added, changed ones
 * replaced, unchanged ones left alone (no version bump, no notification).
 */
export async function importSeeds(
  store: ArticleStore,
  seedsDir: string,
): Promise<{ imported: number; unchanged: number }> {
  let imported = 0;
  let unchanged = 0;
  for (const file of await readSeedFiles(seedsDir)) {
    const changed = await putSeedFile(store, file);
    if (changed) imported++;
    else unchanged++;
  }
  return { imported, unchanged };
}
