import type { Feed, FeedStore } from '../storage/feed-store.js';
import type { AddOutcome } from './add-article.js';
import { fetchResource, type SharedFetchOptions } from './fetch-resource.js';
import { IngestError, isTransient } from './ingest-error.js';
import { compileKeywords } from './match-keywords.js';
import { parseFeed, type ParsedFeed } from './parse-feed.js';
import { errorMessage } from '../error-message.js';

/** What one poll of one feed did. */
export interface FeedPollReport {
  feed: string;
  added: Array<{ file: string; title: string }>;
  duplicates: number;
  /** Items the keyword filter dropped. */
  filtered: number;
  failed: Array<{ url: string; message: string }>;
  /** Set when the feed itself could not be fetched or parsed. */
  error: string | null;
}

export interface FeedPollerDeps {
  store: FeedStore;
  ingestUrl: (url: string, options?: { addedBy?: string }) => Promise<AddOutcome>;
  intervalMinutes: number;
  /**
   * Runs a scheduled round unless another instance is polling (Postgres lock); null when skipped. Default:
   * always runs.
   */
  exclusive?: (task: () => Promise<FeedPollReport[]>) => Promise<FeedPollReport[] | null>;
  /** New items ingested per feed per poll at most; the rest wait for the next poll. Default 25. */
  maxItemsPerPoll?: number;
  fetchOptions?: SharedFetchOptions;
  log?: (line: string) => void;
  now?: () => Date;
}

const FEED_TYPES = /xml|rss|atom|^text\/plain$|^$/;

/** Fetches and parses a feed; IngestError when it is unreachable or not RSS/Atom. */
export async function fetchFeed(
  url: string,
  fetchOptions?: FeedPollerDeps['fetchOptions'],
): Promise<ParsedFeed> {
  const res = await fetchResource(url, {
    ...fetchOptions,
    accept: (t) => FEED_TYPES.test(t),
    expected: 'an RSS or Atom feed',
  });
  return parseFeed(res.text);
}

/**
 * Polls followed feeds: new items that pass the feed's keyword filter are ingested like
 * `/minerals add`. Items are marked seen once handled (added, duplicate, filtered out or
 * refused for good); ones that failed for a transient reason (timeout, unreachable) are retried next poll.
 */
export function createFeedPoller(deps: FeedPollerDeps) {
  const log = deps.log ?? (() => undefined);
  const now = deps.now ?? (() => new Date());
  const maxItems = deps.maxItemsPerPoll ?? 25;
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<FeedPollReport[]> | null = null;

  async function pollFeed(feed: Feed, prefetched?: ParsedFeed): Promise<FeedPollReport> {
    const report: FeedPollReport = {
      feed: feed.url,
      added: [],
      duplicates: 0,
      filtered: 0,
      failed: [],
      error: null,
    };
    let parsed: ParsedFeed;
    try {
      parsed = prefetched ?? (await fetchFeed(feed.url, deps.fetchOptions));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      report.error = error.message;
      await deps.store.update(feed.url, { lastPolledAt: now().toISOString(), lastError: error.message });
      log(`feed ${feed.url}: ${error.message}`);
      return report;
    }
    const seen = await deps.store.seen(feed.url);
    const matches = compileKeywords(feed.keywords);
    const handled: string[] = [];
    let budget = maxItems;
    for (const item of parsed.items) {
      if (seen.has(item.id)) continue;
      if (!item.url || !matches(`${item.title}\n${item.summary}\n${item.categories.join('\n')}`)) {
        report.filtered++;
        handled.push(item.id);
        continue;
      }
      if (budget-- <= 0) break;
      try {
        const outcome = await deps.ingestUrl(item.url, { addedBy: `feed:${feed.url}` });
        if (outcome.status === 'added') report.added.push({ file: outcome.file, title: outcome.title });
        else report.duplicates++;
        handled.push(item.id);
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        report.failed.push({ url: item.url, message: error.message });
        if (!isTransient(error)) handled.push(item.id);
      }
    }
    await deps.store.markSeen(feed.url, handled);
    await deps.store.update(feed.url, {
      lastPolledAt: now().toISOString(),
      lastError: null,
      title: parsed.title || feed.title,
    });
    log(
      `feed ${feed.url}: ${report.added.length} added, ${report.duplicates} already held, ${report.filtered} filtered out, ${report.failed.length} failed`,
    );
    return report;
  }

  async function pollAll(): Promise<FeedPollReport[]> {
    const reports: FeedPollReport[] = [];
    for (const feed of await deps.store.list()) {
      try {
        reports.push(await pollFeed(feed));
      } catch (error) {
        log(`feed ${feed.url}: poll failed: ${errorMessage(error)}`);
      }
    }
    return reports;
  }

  function joinPoll(): Promise<FeedPollReport[]> {
    const exclusive = deps.exclusive ?? ((task) => task());
    polling ??= exclusive(pollAll)
      .then((reports) => reports ?? [])
      .finally(() => (polling = null));
    return polling;
  }

  return {
    pollFeed,
    /** Polls every feed once, one after another; a poll already running is joined, not doubled. */
    pollAll: joinPoll,
    /** Polls every `intervalMinutes` (first poll after one interval). */
    start(): void {
      if (timer) return;
      timer = setInterval(() => void joinPoll(), deps.intervalMinutes * 60_000);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await polling;
    },
  };
}

export type FeedPoller = ReturnType<typeof createFeedPoller>;
