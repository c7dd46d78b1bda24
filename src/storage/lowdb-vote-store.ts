import { join } from 'node:path';
import { createWriteQueue } from './create-write-queue.js';
import { openJsonDb } from './open-json-db.js';
import type { Vote, VoteStore } from './vote-store.js';

interface VoteFile {
  votes: Vote[];
}

/** Where the vote store lives under the data folder. */
export const voteStorePath = (dataDir: string) => join(dataDir, 'votes.json');

function sameSubject(a: Vote, b: Vote): boolean {
  return a.userId === b.userId && a.question.trim().toLowerCase() === b.question.trim().toLowerCase();
}

/**
 * VoteStore on a lowdb JSON file, e.g. data/votes.json. A corrupt or wrong-shape file is moved
 * aside, never overwritten (see openJsonDb). Writes are serialised so concurrent clicks never lose a vote.
 */
export async function createLowdbVoteStore(path: string): Promise<VoteStore> {
  const db = await openJsonDb<VoteFile>(path, { votes: [] });
  if (!Array.isArray(db.data.votes)) db.data.votes = [];
  const queue = createWriteQueue();
  return {
    record(vote) {
      return queue(async () => {
        const index = db.data.votes.findIndex((v) => sameSubject(v, vote));
        if (index >= 0) db.data.votes[index] = { ...vote };
        else db.data.votes.push({ ...vote });
        await db.write();
        return { replaced: index >= 0 };
      });
    },
    async list() {
      await queue.idle();
      return db.data.votes.map((v) => ({ ...v, citations: [...v.citations] }));
    },
  };
}
