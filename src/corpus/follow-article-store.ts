import type { Engine } from '../engine/index.js';
import type { ArticleStore, ArticleWatch, FollowState, StoredArticle } from '../storage/article-store.js';
import { errorMessage } from '../error-message.js';

export interface ArticleFollowerDeps {
  engine: Engine;
  store: ArticleStore;
  /** Called after the engine changed (e.g. to schedule a snapshot save). */
  onChange?: () => void;
  log?: (line: string) => void;
}

export interface ArticleFollower {
  /** Applies every change not yet applied; concurrent calls share one pass. */
  catchUp(): Promise<number>;
  /** The last version applied (0 before the first catch-up). */
  version(): number;
  state(): FollowState;
  stop(): Promise<void>;
}

/** Articles read from the store per query when a start fetches what its index lacks. */
const READ_BATCH = 500;

/**
 * Keeps an in-memory engine in step with the shared article store. The first pass compares the
 * store's hashes with the engine's (a restored snapshot holds most articles already) and downloads
 * only the articles that differ; later passes apply changes past the last version seen, on every
 * notification and after every reconnection. Articles already indexed with the same hash are not
 * re-indexed.
 */
export async function followArticleStore(deps: ArticleFollowerDeps): Promise<ArticleFollower> {
  const log = deps.log ?? (() => undefined);
  let applied = 0;
  let synced = false;
  let running: Promise<number> | null = null;
  let again = false;

  /** Applies stored articles (tombstones remove); those the engine holds with the same hash are skipped. */
  function apply(changes: readonly StoredArticle[]): number {
    let count = 0;
    for (const change of changes) {
      if (change.deleted) {
        if (deps.engine.remove(change.name)) count++;
      } else if (deps.engine.stamp(change.name)?.hash !== change.hash) {
        const result = deps.engine.upsert({
          name: change.name,
          bytes: change.bytes,
          mtimeMs: Date.parse(change.changedAt),
        });
        for (const warning of result.warnings) log(`warning: ${warning.message}`);
        count++;
      }
    }
    return count;
  }

  /**
   * The version is read before the hashes, so whatever changes after it is applied again by the next
   * pass (harmless: same hash, no work). Articles the engine holds that the store does not list are read
   * too, to learn which were removed.
   */
  async function sync(): Promise<number> {
    const version = await deps.store.latestVersion();
    const held = await deps.store.hashes();
    const mine = deps.engine.hashes();
    const differ = [...held].filter(([name, hash]) => mine[name] !== hash).map(([name]) => name);
    const unlisted = Object.keys(mine).filter((name) => !held.has(name));
    const names = [...differ, ...unlisted];
    let count = 0;
    for (let i = 0; i < names.length; i += READ_BATCH) {
      count += apply(await deps.store.read(names.slice(i, i + READ_BATCH)));
    }
    applied = version;
    synced = true;
    return count;
  }

  async function pass(): Promise<number> {
    let count = synced ? 0 : await sync();
    for (;;) {
      const changes = await deps.store.changesSince(applied);
      if (changes.length === 0) break;
      count += apply(changes);
      applied = changes.at(-1)!.version;
    }
    if (count > 0) deps.onChange?.();
    return count;
  }

  function catchUp(): Promise<number> {
    if (running) {
      // A notification during a pass: run once more after it, so nothing committed meanwhile is missed.
      again = true;
      return running;
    }
    running = pass()
      .catch((error: unknown) => {
        log(`postgres: article catch-up failed (${errorMessage(error)}); will retry on the next change`);
        return 0;
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void catchUp();
        }
      });
    return running;
  }

  await catchUp();
  const watch: ArticleWatch = await deps.store.watch(() => void catchUp());
  return {
    catchUp,
    version: () => applied,
    state: () => watch.state(),
    async stop() {
      await watch.stop();
      await running;
    },
  };
}
