/** One article as the shared corpus holds it (Postgres mode; lowdb mode keeps articles as files in seeds/). */
export interface StoredArticle {
  /** File name, also the article id (e.g. `lithium-deal_1a2b3c4d.txt`). */
  name: string;
  bytes: Uint8Array;
  /** The engine's content hash (hashArticle). */
  hash: string;
  title: string | null;
  url: string | null;
  /** Who added it: a Slack user id, `feed:<url>`, `cli` or `seeds`. */
  addedBy: string | null;
  /** ISO timestamps. */
  addedAt: string;
  changedAt: string;
  /** Increases with every change to any article; a follower asks for changes past the last it applied. */
  version: number;
  /** Removed articles stay as tombstones so followers learn of the removal. */
  deleted: boolean;
}

export type ArticleInput = Pick<StoredArticle, 'name' | 'bytes' | 'hash'> &
  Partial<Pick<StoredArticle, 'title' | 'url' | 'addedBy'>>;

/** Whether the change feed is connected: `listening`, or `reconnecting` (answers go on from memory). */
export type FollowState = 'connecting' | 'listening' | 'reconnecting' | 'stopped';

export interface ArticleWatch {
  state(): FollowState;
  stop(): Promise<void>;
}

/** The shared corpus: articles every instance indexes, and a feed of changes to them. */
export interface ArticleStore {
  /** Stores or replaces an article by name; `changed` is false when the same content was already there. */
  put(article: ArticleInput): Promise<{ changed: boolean; version: number | null }>;
  /** The content hash of every article not removed, by name (what an import compares before reading files). */
  hashes(): Promise<Map<string, string>>;
  /** The highest version any change has had (0 for an empty store): where a follower that has read `hashes()` goes on from. */
  latestVersion(): Promise<number>;
  /** The named articles, bytes included; removed ones as tombstones, names never stored left out. */
  read(names: readonly string[]): Promise<StoredArticle[]>;
  /** Marks an article removed; false when it was not there. */
  remove(name: string): Promise<boolean>;
  /** Changes with a version above `after`, oldest first, at most `limit`. */
  changesSince(after: number, limit?: number): Promise<StoredArticle[]>;
  /**
   * Calls `onChange` whenever an article may have changed (from any instance), and once after
   * every (re)connection so the caller catches up on what it missed while disconnected.
   */
  watch(onChange: () => void): Promise<ArticleWatch>;
}
