/** One "Helpful / Not helpful" click, stored with what was asked and answered. */
export interface Vote {
  /** Slack user id of the voter. */
  userId: string;
  channelId: string | null;
  question: string;
  /** The answer text the voter saw. */
  answer: string;
  /** Passage ids the answer cited, so a vote can be traced to the quotes. */
  citations: string[];
  helpful: boolean;
  /** ISO timestamp of the (latest) click. */
  votedAt: string;
}

/** Port for storing votes; the lowdb adapter lives in lowdb-vote-store.ts. */
export interface VoteStore {
  /**
   * Saves a vote. A user voting again on the same question replaces their earlier vote
   * (a changed mind, not a second voice). Resolves to whether an earlier vote was replaced.
   */
  record(vote: Vote): Promise<{ replaced: boolean }>;
  /** All votes, oldest first. */
  list(): Promise<Vote[]>;
}
