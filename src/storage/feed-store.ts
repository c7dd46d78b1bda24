/** Seen ids kept per feed: well above any feed's length, so old items never come back as new. */
export const MAX_SEEN_PER_FEED = 5000;

/** A followed RSS/Atom feed. */
export interface Feed {
  /** The feed URL as given (cleaned); the key. */
  url: string;
  title: string;
  /** Keyword filter such as "lithium OR cobalt", or null for every item. */
  keywords: string | null;
  addedBy: string | null;
  /** ISO timestamps. */
  addedAt: string;
  lastPolledAt: string | null;
  /** Why the last poll failed, or null. */
  lastError: string | null;
}

/** Where feeds, and the item ids already handled for each, are kept (data/feeds.json). */
export interface FeedStore {
  list(): Promise<Feed[]>;
  get(url: string): Promise<Feed | undefined>;
  /** False (and nothing changed) when the URL is already followed. */
  add(feed: Feed): Promise<boolean>;
  update(url: string, patch: Partial<Omit<Feed, 'url'>>): Promise<void>;
  /** Drops the feed and its seen ids; false when it was not followed. */
  remove(url: string): Promise<boolean>;
  /** Ids of items already handled for this feed. */
  seen(url: string): Promise<Set<string>>;
  markSeen(url: string, ids: string[]): Promise<void>;
}
