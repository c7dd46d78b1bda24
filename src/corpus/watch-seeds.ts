import { basename, resolve } from 'node:path';
import { watch } from 'chokidar';
import { hashArticle, isArticleFile, isText, type Engine, type SourceFile } from '../engine/index.js';
import { statSeedFiles } from './read-source-file.js';

export interface SeedsWatcherDeps {
  engine: Engine;
  seedsDir: string;
  readSourceFile: (path: string, seedsDir: string) => Promise<SourceFile>;
  /** Told after each batch that changed the engine (e.g. a SnapshotSaver's `request`). */
  onChange?: () => void;
  /** Quiet period that gathers a burst of events into one batch. Default 100 ms. */
  debounceMs?: number;
  log?: (line: string) => void;
}

/** What one batch did. */
export interface AppliedBatch {
  upserted: string[];
  removed: string[];
}


/**
 * Keeps the engine in step with the seeds folder: new or changed .txt/.md files are
 * upserted, deleted ones removed, one article at a time (no rebuild). Started after the corpus
 * is loaded, it reads no file at start: a stat pass queues only files whose size or mtime differ
 * from what the engine holds. Files whose bytes match are skipped, so the app's own writes cost a
 * hash each. Dot-files (atomic-write temp files) are ignored.
 */
export function watchSeeds(deps: SeedsWatcherDeps) {
  const seedsDir = resolve(deps.seedsDir);
  const log = deps.log ?? (() => undefined);
  const pending = new Map<string, 'upsert' | 'remove'>();
  const listeners = new Set<(batch: AppliedBatch) => void>();
  let timer: NodeJS.Timeout | null = null;
  let busy: Promise<void> = Promise.resolve();
  let started = false;

  const watcher = watch(seedsDir, {
    depth: 0,
    // Start-up has read the folder already: only what changed since then is looked at (see `ready`).
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 120, pollInterval: 30 },
    ignored: (path, stats) => path !== seedsDir && (basename(path).startsWith('.') || (stats?.isFile() === true && !isArticleFile(basename(path)))),
  });

  function queue(path: string, action: 'upsert' | 'remove') {
    if (!isArticleFile(basename(path)) || resolve(path, '..') !== seedsDir) return;
    pending.set(basename(path), action);
    if (started) schedule();
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      busy = busy.then(applyPending);
    }, deps.debounceMs ?? 100);
  }

  async function applyPending(): Promise<void> {
    const batch = [...pending];
    pending.clear();
    const done: AppliedBatch = { upserted: [], removed: [] };
    const held = deps.engine.hashes();
    for (const [name, action] of batch) {
      try {
        if (action === 'upsert') {
          const file = await deps.readSourceFile(resolve(seedsDir, name), seedsDir);
          if (!isText(file.bytes)) {
            log(`seeds: ${name} is not UTF-8 text; skipped`);
            if (deps.engine.remove(name)) done.removed.push(name);
            continue;
          }
          if (held[name] === hashArticle(file.bytes)) continue;
          const result = deps.engine.upsert(file);
          for (const w of result.warnings) log(`seeds: ${w.message}`);
          if (result.article) done.upserted.push(name);
        } else if (deps.engine.remove(name)) {
          done.removed.push(name);
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && deps.engine.remove(name)) done.removed.push(name);
        else if (code !== 'ENOENT') log(`seeds: could not read ${name}: ${(error as Error).message}`);
      }
    }
    if (done.upserted.length || done.removed.length) {
      log(`seeds: indexed ${done.upserted.length}, removed ${done.removed.length}`);
      deps.onChange?.();
    }
    for (const listener of listeners) listener(done);
    if (pending.size) schedule();
  }

  watcher.on('add', (p) => queue(p, 'upsert'));
  watcher.on('change', (p) => queue(p, 'upsert'));
  watcher.on('unlink', (p) => queue(p, 'remove'));
  watcher.on('error', (e) => log(`seeds watcher: ${(e as Error).message}`));

  const ready = new Promise<void>((resolveReady) => {
    watcher.once('ready', () => {
      busy = busy
        .then(async () => {
          // What changed between the start-up scan and the watch starting: size or mtime differ, or the file is gone.
          const stamps = await statSeedFiles(seedsDir);
          const present = new Set(stamps.map((s) => s.name));
          for (const { name, size, mtimeMs } of stamps) {
            const held = deps.engine.article(name);
            if (!pending.has(name) && (!held || held.size !== size || held.mtimeMs !== mtimeMs)) pending.set(name, 'upsert');
          }
          for (const { file } of deps.engine.articles()) if (!present.has(file)) pending.set(file, 'remove');
          started = true;
        })
        .then(applyPending)
        .then(() => resolveReady());
    });
  });

  return {
    /** Resolves once the initial scan has been reconciled with the engine. */
    ready,
    /** Subscribes to applied batches (tests and measurements); returns an unsubscribe function. */
    onBatch(listener: (batch: AppliedBatch) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close(): Promise<void> {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await busy;
    },
  };
}

export type SeedsWatcher = ReturnType<typeof watchSeeds>;
