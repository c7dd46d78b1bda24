import { join } from 'node:path';
import type { Engine } from '../engine/index.js';
import type { ArticleStore } from '../storage/article-store.js';
import type { PersistArticle } from './add-article.js';
import { followArticleStore, type ArticleFollower } from './follow-article-store.js';
import { importSeeds, putSeedFile } from './import-seeds.js';
import { readSourceFile, type FileStamp } from './read-source-file.js';
import type { AppliedBatch } from './watch-seeds.js';
import { errorMessage } from '../error-message.js';

export interface SharedCorpusDeps {
  engine: Engine;
  store: ArticleStore;
  seedsDir: string;
  /** Called after the follower changed the engine (e.g. to save the local snapshot). */
  onChange?: () => void;
  /** Subscribes to the seeds watcher's batches, so files changed in this seeds folder reach every instance. */
  onSeedsChanged?: (listener: (batch: AppliedBatch) => void) => () => void;
  /**
   * The seeds watcher's start-up listing (what `watcher.ready` resolves to): the import goes through it
   * instead of stat'ing seeds/ again; later changes come through `onSeedsChanged`. Default: a fresh stat.
   */
  listed?: readonly FileStamp[];
  log: (line: string) => void;
}

/** Added articles go to the shared store (every instance indexes them from there), not to seeds/. */
export function persistToStore(store: ArticleStore): PersistArticle {
  return async (article) => {
    await store.put(article);
  };
}

/**
 * Joins the shared corpus: imports this instance's seeds folder, applies every article the store
 * holds that the engine lacks, then follows further changes (LISTEN/NOTIFY, catch-up on reconnect).
 */
export async function startSharedCorpus(deps: SharedCorpusDeps): Promise<ArticleFollower> {
  const share = async (batch: AppliedBatch) => {
    for (const name of batch.upserted) {
      await putSeedFile(deps.store, await readSourceFile(join(deps.seedsDir, name), deps.seedsDir));
    }
    for (const name of batch.removed) await deps.store.remove(name);
  };
  // Subscribed before the import, and queued behind it: a file changed after the listing the import
  // goes through is shared once the import is done (never lost, never overwritten by an older read).
  let sharing: Promise<void> = Promise.resolve();
  const unsubscribe = deps.onSeedsChanged?.((batch) => {
    sharing = sharing.then(() =>
      share(batch).catch((error: unknown) =>
        deps.log(
          `corpus: could not share a seeds change (${errorMessage(error)}); it stays on this instance until the next start`,
        ),
      ),
    );
  });
  // The engine has just stat'ed and hashed the seeds folder: files it holds unchanged are not read again.
  const importing = importSeeds(deps.store, deps.seedsDir, (name) => deps.engine.stamp(name), deps.listed);
  sharing = importing.then(
    () => undefined,
    () => undefined,
  );
  let follower: ArticleFollower;
  try {
    const { imported, unchanged } = await importing;
    deps.log(`corpus: seeds imported into Postgres (${imported} new or changed, ${unchanged} already there)`);
    follower = await followArticleStore({
      engine: deps.engine,
      store: deps.store,
      onChange: deps.onChange,
      log: deps.log,
    });
  } catch (error) {
    unsubscribe?.();
    throw error;
  }
  deps.log(
    `corpus: following the shared corpus (${deps.engine.articles().length} articles, version ${follower.version()})`,
  );
  return {
    ...follower,
    async stop() {
      unsubscribe?.();
      await follower.stop();
      await sharing;
    },
  };
}
