import type { Engine } from '../engine/index.js';
import { createArticleAdder, type PersistArticle } from './add-article.js';
import { createArticleExtractor, type ArticleExtractor } from './create-extractor.js';
import { createSnapshotSaver } from './create-snapshot-saver.js';
import type { SharedFetchOptions } from './fetch-resource.js';
import { createDuplicateFinder } from './find-duplicate.js';
import { ingestPath } from './ingest-path.js';
import { createUrlIngester } from './ingest-url.js';
import { saveCorpusSnapshot } from './load-corpus.js';
import { createArticleRemover } from './remove-article.js';

export interface IngestServiceDeps {
  engine: Engine;
  seedsDir: string;
  dataDir: string;
  log?: (line: string) => void;
  /** Overrides for tests (short timeout, small cap). */
  fetchOptions?: SharedFetchOptions;
  /** Delay before a change is saved to data/index.bin. Default 300 ms. */
  saveDelayMs?: number;
  /**
   * A shared extractor (its worker takes about a second to start); the caller closes it. Default: one of its
   * own.
   */
  extractor?: ArticleExtractor;
  /** Where added articles go; default seeds/ (see createArticleAdder). */
  persist?: PersistArticle;
  /** Where removed articles are deleted from; default seeds/ (see createArticleRemover). */
  unpersist?: (file: string) => Promise<boolean>;
}

/**
 * Everything that adds articles to a running engine, wired once: URL and path ingest share
 * one duplicate finder, one off-thread extractor and one debounced snapshot saver.
 */
export function createIngestService(deps: IngestServiceDeps) {
  const saver = createSnapshotSaver({
    save: () => saveCorpusSnapshot(deps.engine, deps.dataDir),
    delayMs: deps.saveDelayMs,
    log: deps.log,
  });
  const duplicates = createDuplicateFinder(deps.engine);
  const extractor = deps.extractor ?? createArticleExtractor();
  const adder = createArticleAdder({
    engine: deps.engine,
    seedsDir: deps.seedsDir,
    duplicates,
    onChange: saver.request,
    persist: deps.persist,
  });
  const ingestUrl = createUrlIngester({
    adder,
    duplicates,
    extract: extractor.extract,
    fetchOptions: deps.fetchOptions,
  });
  return {
    /** Fetches a page and adds its article; see createUrlIngester. */
    ingestUrl,
    /** Removes an article by file name or URL; see createArticleRemover. */
    removeArticle: createArticleRemover({
      engine: deps.engine,
      seedsDir: deps.seedsDir,
      onChange: saver.request,
      unpersist: deps.unpersist,
    }),
    /** Adds a local file or every article file in a folder; see ingestPath. */
    ingestPath: (path: string) => ingestPath({ adder, extract: extractor.extract }, path),
    /** For the seeds watcher: request a save after it changed the engine. */
    requestSave: saver.request,
    /** Saves pending changes and stops the extractor worker. */
    async close(): Promise<void> {
      await saver.flush();
      if (!deps.extractor) await extractor.close();
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
