import type { ArticleStore } from '../../src/storage/article-store.js';

/** The real store, noting the name of every article whose bytes it hands back (changes and reads). */
export function countDownloads(store: ArticleStore): { store: ArticleStore; downloaded: string[] } {
  const downloaded: string[] = [];
  return {
    downloaded,
    store: {
      ...store,
      async changesSince(after, limit) {
        const rows = await store.changesSince(after, limit);
        downloaded.push(...rows.map((row) => row.name));
        return rows;
      },
      async read(names) {
        const rows = await store.read(names);
        downloaded.push(...rows.map((row) => row.name));
        return rows;
      },
    },
  };
}
