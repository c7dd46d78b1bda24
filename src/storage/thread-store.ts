/** A thread the bot has answered in: replies there are answered without a mention. */
export interface AnsweredThread {
  channel: string;
  /** ts of the thread's first message. */
  threadTs: string;
  /** The last question answered there (as read, follow-ups resolved); null for a digest's own thread. */
  question: string | null;
  /** When the bot last answered there (ISO). */
  at: string;
}

/** Remembers the threads the bot answered in, newest kept when full. */
export interface ThreadStore {
  /** Adds the thread, or updates its question and time. */
  record(thread: AnsweredThread): Promise<void>;
  find(channel: string, threadTs: string): Promise<AnsweredThread | undefined>;
}

/** Threads kept at most, by every adapter: the oldest answered are forgotten first. */
export const MAX_THREADS = 5000;
