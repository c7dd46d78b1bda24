import { hashArticle } from '../engine/index.js';
import type { ArticleStore } from '../storage/article-store.js';
import { readSeedFiles } from './read-source-file.js';

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
    const { changed } = await store.put({
      name: file.name,
      bytes: file.bytes,
      hash: hashArticle(file.bytes),
      addedBy: 'seeds',
    });
    if (changed) imported++;
    else unchanged++;
  }
  return { imported, unchanged };
}
