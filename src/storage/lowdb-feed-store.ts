import { join } from 'node:path';
import { createWriteQueue } from './create-write-queue.js';
import { MAX_SEEN_PER_FEED, type Feed, type FeedStore } from './feed-store.js';
import { openJsonDb } from './open-json-db.js';

/** Where the feed store lives under the data folder. */
export const feedStorePath = (dataDir: string) => join(dataDir, 'feeds.json');

interface FeedData {
  feeds: Feed[];
  /** Seen item ids per feed URL, oldest first. */
  seen: Record<string, string[]>;
}

/**
 * FeedStore over a lowdb JSON file, e.g. data/feeds.json (opened with openJsonDb, so a corrupt file is moved
 * aside, never overwritten).
 */
export async function createLowdbFeedStore(path: string): Promise<FeedStore> {
  const db = await openJsonDb<FeedData>(path, { feeds: [], seen: {} });
  // Writes are serialised so two quick commands cannot interleave partial updates.
  const queue = createWriteQueue();
  const write = <T>(change: (data: FeedData) => T): Promise<T> =>
    queue(async () => {
      const result = change(db.data);
      await db.write();
      return result;
    });

  return {
    async list() {
      return structuredClone(db.data.feeds);
    },
    async get(url) {
      const feed = db.data.feeds.find((f) => f.url === url);
      return feed && structuredClone(feed);
    },
    add(feed) {
      return write((data) => {
        if (data.feeds.some((f) => f.url === feed.url)) return false;
        data.feeds.push(structuredClone(feed));
        return true;
      });
    },
    update(url, patch) {
      return write((data) => {
        const feed = data.feeds.find((f) => f.url === url);
        if (feed) Object.assign(feed, patch);
      });
    },
    remove(url) {
      return write((data) => {
        const before = data.feeds.length;
        data.feeds = data.feeds.filter((f) => f.url !== url);
        delete data.seen[url];
        return data.feeds.length < before;
      });
    },
    async seen(url) {
      return new Set(db.data.seen[url] ?? []);
    },
    markSeen(url, ids) {
      return write((data) => {
        const list = data.seen[url] ?? [];
        const have = new Set(list);
        for (const id of ids) if (!have.has(id)) list.push(id);
        data.seen[url] = list.slice(-MAX_SEEN_PER_FEED);
      });
    },
  };
}
