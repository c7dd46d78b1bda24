import type { Engine } from '../engine/index.js';
import type { FeedStore } from '../storage/feed-store.js';
import { createLowdbFeedStore, feedStorePath } from '../storage/lowdb-feed-store.js';
import type { PersistArticle } from './add-article.js';
import { createIngestService } from './create-ingest-service.js';
import { createFeedPoller, fetchFeed, type FeedPollerDeps } from './poll-feeds.js';
import { readSourceFile } from './read-source-file.js';
import { watchSeeds, type SeedsWatcherDeps } from './watch-seeds.js';

/** The followed-feeds store under data/. */
const openFeedStore = (dataDir: string): Promise<FeedStore> => createLowdbFeedStore(feedStorePath(dataDir));

export interface LiveCorpusDeps {
  engine: Engine;
  seedsDir: string;
  dataDir: string;
  feedPollMinutes: number;
  /** MINERALS_ALLOW_PRIVATE_URLS (local testing only). */
  allowPrivateUrls: boolean;
  log: (line: string) => void;
  /** Default: data/feeds.json. */
  feedStore?: FeedStore;
  /** Where added articles go; default seeds/. */
  persist?: PersistArticle;
  /** Where removed articles are deleted from; default seeds/. */
  unpersist?: (file: string) => Promise<boolean>;
  /** With a shared store: the engine's articles that seeds/ lacks are the store's, not gone files. */
  keepUnlisted?: boolean;
  /** The seeds watch started before the corpus was loaded, and the listing it loaded from (see watchSeeds). */
  seedsStarted?: SeedsWatcherDeps['started'];
  /** Lets one instance at a time poll feeds; default: always poll. */
  exclusivePoll?: FeedPollerDeps['exclusive'];
}

/**
 * Starts everything that keeps a running engine current: the seeds/ watcher, URL ingest,
 * and the feed poller (feeds in data/feeds.json). `stop` closes them and saves the index.
 */
export async function startLiveCorpus(deps: LiveCorpusDeps) {
  const fetchOptions = { allowPrivateUrls: deps.allowPrivateUrls };
  const service = createIngestService({ ...deps, fetchOptions });
  const watcher = watchSeeds({
    engine: deps.engine,
    seedsDir: deps.seedsDir,
    readSourceFile,
    onChange: service.requestSave,
    log: deps.log,
    keepUnlisted: deps.keepUnlisted,
    started: deps.seedsStarted,
  });
  const feedStore = deps.feedStore ?? (await openFeedStore(deps.dataDir));
  const poller = createFeedPoller({
    store: feedStore,
    ingestUrl: service.ingestUrl,
    intervalMinutes: deps.feedPollMinutes,
    fetchOptions,
    log: deps.log,
    exclusive: deps.exclusivePoll,
  });
  const seedsListed = await watcher.ready;
  poller.start();
  return {
    ingestUrl: service.ingestUrl,
    removeArticle: service.removeArticle,
    /** For the shared-corpus follower: request a snapshot save after it changed the engine. */
    requestSave: service.requestSave,
    /** Files the seeds watcher indexed or removed, batch by batch (the shared corpus passes them on). */
    onSeedsChanged: watcher.onBatch,
    /** The seeds folder as the watcher listed it at start (the shared corpus imports from it). */
    seedsListed,
    feedStore,
    poller,
    fetchFeed: (url: string) => fetchFeed(url, fetchOptions),
    async stop(): Promise<void> {
      await poller.stop();
      await watcher.close();
      await service.close();
    },
  };
}

export type LiveCorpus = Awaited<ReturnType<typeof startLiveCorpus>>;
