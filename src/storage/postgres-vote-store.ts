import type pg from 'pg';
import type { Vote, VoteStore } from './vote-store.js';

interface VoteRow {
  user_id: string;
  channel_id: string | null;
  question: string;
  answer: string;
  citations: string[];
  helpful: boolean;
  voted_at: Date;
}

const toVote = (row: VoteRow): Vote => ({
  userId: row.user_id,
  channelId: row.channel_id,
  question: row.question,
  answer: row.answer,
  citations: row.citations,
  helpful: row.helpful,
  votedAt: row.voted_at.toISOString(),
});

/**
 * VoteStore in Postgres: one row per user and question (compared trimmed, case-insensitive), as the lowdb
 * store.
 */
export function createPostgresVoteStore(pool: pg.Pool): VoteStore {
  return {
    async record(vote) {
      // xmax is non-zero on the row an ON CONFLICT update rewrote: an earlier vote was replaced.
      const { rows } = await pool.query<{ replaced: boolean }>(
        `INSERT INTO votes (user_id, question_key, channel_id, question, answer, citations, helpful, voted_at)
         VALUES ($1, lower(btrim($2)), $3, $2, $4, $5, $6, $7)
         ON CONFLICT (user_id, question_key) DO UPDATE SET
           channel_id = EXCLUDED.channel_id, question = EXCLUDED.question, answer = EXCLUDED.answer,
           citations = EXCLUDED.citations, helpful = EXCLUDED.helpful, voted_at = EXCLUDED.voted_at
         RETURNING (xmax <> 0) AS replaced`,
        [
          vote.userId,
          vote.question,
          vote.channelId,
          vote.answer,
          JSON.stringify(vote.citations),
          vote.helpful,
          vote.votedAt,
        ],
      );
      return { replaced: rows[0]?.replaced ?? false };
    },
    async list() {
      const { rows } = await pool.query<VoteRow>(
        'SELECT user_id, channel_id, question, answer, citations, helpful, voted_at FROM votes ORDER BY id',
      );
      return rows.map(toVote);
    },
  };
}
