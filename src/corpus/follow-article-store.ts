import type { Engine } from '../engine/index.js';
import type { ArticleStore, ArticleWatch, FollowState } from '../storage/article-store.js';
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

/**
 * Keeps an in-memory engine in step with the shared article store: applies changes past the last
 * version seen, on every notification and after every reconnection. Articles already indexed
 * with the same hash (this instance added them, or its snapshot had them) are not re-indexed.
 */
export async function followArticleStore(deps: ArticleFollowerDeps): Promise<ArticleFollower> {
  const log = deps.log ?? (() => undefined);
  let applied = 0;
  let running: Promise<number> | null = null;
  let again = false;

  async function pass(): Promise<number> {
    let count = 0;
    for (;;) {
      const changes = await deps.store.changesSince(applied);
      if (changes.length === 0) break;
      const hashes = deps.engine.hashes();
      for (const change of changes) {
        if (change.deleted) {
          if (deps.engine.remove(change.name)) count++;
        } else if (hashes[change.name] !== change.hash) {
          const result = deps.engine.upsert({
            name: change.name,
            bytes: change.bytes,
            mtimeMs: Date.parse(change.changedAt),
          });
          for (const warning of result.warnings) log(`warning: ${warning.message}`);
          count++;
        }
        applied = change.version;
      }
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
