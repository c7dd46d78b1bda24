import { join } from 'node:path';
import { openJsonDb } from './open-json-db.js';
import type { Vote, VoteStore } from './vote-store.js';

interface VoteFile {
  votes: Vote[];
}

/** File name of the votes database inside DATA_DIR. */
export const VOTES_FILE = 'votes.json';

function sameSubject(a: Vote, b: Vote): boolean {
  return a.userId === b.userId && a.question.trim().toLowerCase() === b.question.trim().toLowerCase();
}

/**
 * VoteStore on a lowdb JSON file (`<dataDir>/votes.json`). Refuses to open a corrupt file
 * (CorruptDataError) rather than overwrite it. Writes are serialised so concurrent clicks never lose a vote.
 */
export async function createJsonVoteStore(dataDir: string): Promise<VoteStore> {
  const db = await openJsonDb<VoteFile>(join(dataDir, VOTES_FILE), { votes: [] });
  if (!Array.isArray(db.data.votes)) db.data.votes = [];
  let queue: Promise<unknown> = Promise.resolve();
  return {
    record(vote) {
      const run = queue.then(async () => {
        const index = db.data.votes.findIndex((v) => sameSubject(v, vote));
        if (index >= 0) db.data.votes[index] = { ...vote };
        else db.data.votes.push({ ...vote });
        await db.write();
        return { replaced: index >= 0 };
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async list() {
      await queue;
      return db.data.votes.map((v) => ({ ...v, citations: [...v.citations] }));
    },
  };
}
