import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { hashArticle, isArticleFile, isText, type Engine, type SourceFile } from '../engine/index.js';
import { patchListing } from './patch-listing.js';
import { statSeedFiles, type FileStamp } from './read-source-file.js';
import { watchSeedEvents, type SeedEvents } from './watch-seed-events.js';
import { errorMessage } from '../error-message.js';

export interface SeedsWatcherDeps {
  engine: Engine;
  seedsDir: string;
  readSourceFile: (path: string, seedsDir: string) => Promise<SourceFile>;
  /** Told after each batch that changed the engine (e.g. a SnapshotSaver's `request`). */
  onChange?: () => void;
  /**
   * Leave articles the engine holds that seeds/ lacks (with DATABASE_URL, the shared store's) out of the
   * start-up reconciliation; default: they are removed.
   */
  keepUnlisted?: boolean;
  /**
   * A watch started before `listed` (the listing the engine was loaded from) was taken: the start-up check
   * uses both instead of stat'ing the folder again. Default: a watch and a stat pass of its own.
   */
  started?: { events: SeedEvents; listed: readonly FileStamp[] };
  /** Quiet period that gathers a burst of events into one batch. Default 100 ms. */
  debounceMs?: number;
  log?: (line: string) => void;
}

/** What one batch did. */
export interface AppliedBatch {
  upserted: string[];
  removed: string[];
}

/** A file written this recently may still be being written: it is looked at again a little later. */
const SETTLE_MS = 120;

/**
 * Keeps the engine in step with the seeds folder: new or changed .txt/.md files are upserted,
 * deleted ones removed, one article at a time (no rebuild). One watch on the folder itself (not one
 * per file, which costs a watch and a stat per article at start): an event queues the file it names.
 * Started after the corpus is loaded, it reads no file at start: a stat pass (or, with `started`, the
 * load's listing and the events since) queues only files whose size or mtime differ from what the
 * engine holds. Files whose bytes match are skipped, so the app's own writes cost a hash each.
 * Dot-files (atomic-write temp files) are ignored.
 */
export function watchSeeds(deps: SeedsWatcherDeps) {
  const seedsDir = resolve(deps.seedsDir);
  const log = deps.log ?? (() => undefined);
  const pending = new Set<string>();
  const listeners = new Set<(batch: AppliedBatch) => void>();
  let timer: NodeJS.Timeout | null = null;
  let busy: Promise<unknown> = Promise.resolve();
  let started = false;
  let closed = false;

  function queue(name: string) {
    if (!isArticleFile(name) || name.includes('/') || name.includes('\\')) return;
    pending.add(name);
    if (started) schedule();
  }

  function schedule(delay = deps.debounceMs ?? 100) {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      busy = busy.then(applyPending);
    }, delay);
  }

  /**
   * What one queued file calls for, from its stat: skip it (unchanged, or still being written), read it, or
   * drop it.
   */
  async function check(name: string): Promise<'read' | 'remove' | 'same' | 'later'> {
    try {
      const info = await stat(resolve(seedsDir, name));
      if (!info.isFile()) return 'remove';
      if (Date.now() - info.mtimeMs < SETTLE_MS) return 'later';
      const held = deps.engine.stamp(name);
      return held && held.size === info.size && held.mtimeMs === info.mtimeMs ? 'same' : 'read';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'remove';
      throw error;
    }
  }

  async function applyPending(): Promise<AppliedBatch> {
    const batch = [...pending];
    pending.clear();
    const done: AppliedBatch = { upserted: [], removed: [] };
    let later = false;
    for (const name of batch) {
      try {
        const verdict = await check(name);
        if (verdict === 'later') {
          pending.add(name);
          later = true;
        } else if (verdict === 'remove') {
          if (deps.engine.remove(name)) done.removed.push(name);
        } else if (verdict === 'read') {
          const file = await deps.readSourceFile(resolve(seedsDir, name), seedsDir);
          if (!isText(file.bytes)) {
            log(`seeds: ${name} is not UTF-8 text; skipped`);
            if (deps.engine.remove(name)) done.removed.push(name);
            continue;
          }
          if (deps.engine.stamp(name)?.hash === hashArticle(file.bytes)) continue;
          const result = deps.engine.upsert(file);
          for (const w of result.warnings) log(`seeds: ${w.message}`);
          if (result.article) done.upserted.push(name);
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && deps.engine.remove(name)) done.removed.push(name);
        else if (code !== 'ENOENT') log(`seeds: could not read ${name}: ${errorMessage(error)}`);
      }
    }
    if (done.upserted.length || done.removed.length) {
      log(`seeds: indexed ${done.upserted.length}, removed ${done.removed.length}`);
      deps.onChange?.();
    }
    // A batch that only put off files still being written is not reported: they come in the next one.
    if (!later || done.upserted.length || done.removed.length)
      for (const listener of listeners) listener(done);
    if (pending.size) schedule(later ? SETTLE_MS : undefined);
    return done;
  }

  const events = deps.started?.events ?? watchSeedEvents(seedsDir, log);
  for (const name of events.take(queue)) queue(name);

  // What changed between the start-up scan and the watch starting: size or mtime differ, or the file is gone.
  // The scan is taken after the watch began, so whatever changes after a file's stat arrives as an event.
  let listed: readonly FileStamp[] = [];
  const ready: Promise<readonly FileStamp[]> = (busy = busy
    .then(async () => {
      listed = deps.started ? deps.started.listed : await statSeedFiles(seedsDir);
      const present = new Set(listed.map((s) => s.name));
      for (const { name, size, mtimeMs } of listed) {
        const held = deps.engine.stamp(name);
        if (!held || held.size !== size || held.mtimeMs !== mtimeMs) pending.add(name);
      }
      if (!deps.keepUnlisted)
        for (const { file } of deps.engine.articles()) if (!present.has(file)) pending.add(file);
      started = true;
    })
    .then(applyPending)
    .then((first) => {
      listed = patchListing(listed, first, (name) => deps.engine.stamp(name));
    })).then(() => listed);

  return {
    /**
     * Resolves once the initial scan is reconciled with the engine, to the folder's files as the engine then
     * holds them: a listing later start-up steps can reuse (anything changed after it comes as a batch).
     */
    ready,
    /** Subscribes to applied batches (tests and measurements); returns an unsubscribe function. */
    onBatch(listener: (batch: AppliedBatch) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      events.close();
      await busy;
    },
  };
}

export type SeedsWatcher = ReturnType<typeof watchSeeds>;
