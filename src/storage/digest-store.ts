/** One article as the digest saw it: a changed file (new hash) counts as new again. */
export interface ArticleRef {
  file: string;
  hash: string;
}

/** The period a digest covers: from the previous posted digest (null for the first) to when it was built. */
export interface DigestWindow {
  from: string | null;
  to: string;
}

/**
 * One attempt to post a digest. Written as `pending` before chat.postMessage is called, then
 * `posted` (with the message ts) once Slack confirms, or `failed` when Slack certainly did not post it.
 * A `pending` record found later means the outcome is unknown (crash, lost response) and must be
 * checked against the channel before anything else is posted.
 */
export interface DigestRun {
  /** Also sent as the message's metadata `digest_id`, so the post can be found after a crash. */
  id: string;
  /** The scheduled time this run belongs to (ISO), or null for a run started by hand. */
  slot: string | null;
  channel: string;
  window: DigestWindow;
  articles: ArticleRef[];
  status: 'pending' | 'posted' | 'failed';
  createdAt: string;
  ts?: string;
  postedAt?: string;
  error?: string;
}

/** Where the digest keeps what it is about to post and what it posted. */
export interface DigestStore {
  runs(): Promise<DigestRun[]>;
  /**
   * The latest scheduled time already handled (run, skipped or baselined), ISO, or null before the first
   * start.
   */
  lastSlot(): Promise<string | null>;
  setLastSlot(slot: string): Promise<void>;
  /** Records the intent to post; must be durable before the message is sent. */
  addPending(run: DigestRun): Promise<void>;
  markPosted(id: string, ts: string, postedAt: string): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
  /**
   * Runs `task` while no other process runs a digest on this store (Postgres: an advisory lock
   * shared by every instance). Absent for a store only one process uses.
   */
  exclusive?<T>(task: () => Promise<T>): Promise<T>;
}

/** Articles that went out in a digest Slack confirmed. */
export function postedArticles(runs: readonly DigestRun[]): ArticleRef[] {
  return runs.filter((run) => run.status === 'posted').flatMap((run) => run.articles);
}

/** The most recent digest Slack confirmed, if any. */
export function lastPostedRun(runs: readonly DigestRun[]): DigestRun | undefined {
  return runs
    .filter((run) => run.status === 'posted')
    .reduce<DigestRun | undefined>(
      (latest, run) => (!latest || (run.postedAt ?? '') > (latest.postedAt ?? '') ? run : latest),
      undefined,
    );
}

/** The key that marks an article version as posted: the same file with new content is new again. */
export const articleKey = (ref: ArticleRef) => `${ref.file}@${ref.hash}`;
