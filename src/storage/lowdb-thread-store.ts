import { join } from 'node:path';
import { openJsonDb } from './open-json-db.js';
import { MAX_THREADS, type AnsweredThread, type ThreadStore } from './thread-store.js';

/** Where the answered threads live under the data folder. */
export const threadStorePath = (dataDir: string) => join(dataDir, 'threads.json');

/** Answered threads in one lowdb JSON file (e.g. data/threads.json). */
export async function createLowdbThreadStore(path: string, capacity = MAX_THREADS): Promise<ThreadStore> {
  const db = await openJsonDb<{ threads: AnsweredThread[] }>(path, { threads: [] });
  return {
    async record(thread) {
      const rest = db.data.threads.filter(
        (t) => !(t.channel === thread.channel && t.threadTs === thread.threadTs),
      );
      db.data.threads = [...rest, structuredClone(thread)].slice(-capacity);
      await db.write();
    },
    find: async (channel, threadTs) =>
      structuredClone(db.data.threads.find((t) => t.channel === channel && t.threadTs === threadTs)),
  };
}

/** The same contract in memory, for a process that keeps no data folder. */
export function createMemoryThreadStore(capacity = MAX_THREADS): ThreadStore {
  const threads = new Map<string, AnsweredThread>();
  const key = (channel: string, ts: string) => `${channel}/${ts}`;
  return {
    async record(thread) {
      threads.delete(key(thread.channel, thread.threadTs));
      threads.set(key(thread.channel, thread.threadTs), { ...thread });
      if (threads.size > capacity) threads.delete(threads.keys().next().value!);
    },
    find: async (channel, threadTs) => {
      const found = threads.get(key(channel, threadTs));
      return found ? { ...found } : undefined;
    },
  };
}
