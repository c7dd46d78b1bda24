import { availableParallelism } from 'node:os';
import {
  createEngine,
  indexFiles,
  type Engine,
  type EngineOptions,
  type IndexedFiles,
  type IngestWarning,
  type SourceFile,
} from '../engine/index.js';
import { startDeriveWorker } from './start-derive-worker.js';

/**
 * Files a cold build needs before a worker thread pays for itself: the thread costs a few hundred ms
 * of CPU to start, and deriving takes about a third of a build (some 0.4 ms per article).
 */
export const DERIVE_WORKER_MIN_FILES = 1000;

export interface BuildEngineOptions {
  engineOptions?: Partial<EngineOptions>;
  log: (line: string) => void;
  /** Fewest files to derive in a worker thread (default `DERIVE_WORKER_MIN_FILES`). */
  workerMinFiles?: number;
  /** Heap budget of the worker thread, in MB. */
  workerMemoryMb?: number;
}

/**
 * Builds the engine anew from the named files (`read` reads them). With enough files and a second
 * core, entities, the name lexicon and event labels are derived in a worker thread while this one
 * ingests and indexes; the engine and its snapshot are the same as `createEngine`'s. When the thread
 * fails, one log line says so and they are derived here: nothing is lost but time. `derivedInWorker`
 * tells which way it went.
 */
export async function buildEngine(
  names: string[],
  read: (names: string[]) => Promise<SourceFile[]>,
  options: BuildEngineOptions,
): Promise<{ engine: Engine; warnings: IngestWarning[]; derivedInWorker: boolean }> {
  const inWorker =
    names.length >= (options.workerMinFiles ?? DERIVE_WORKER_MIN_FILES) && availableParallelism() > 1;
  if (!inWorker) return { ...createEngine(await read(names), options.engineOptions), derivedInWorker: false };
  // Started before the files are read, so the thread loads meanwhile.
  const worker = startDeriveWorker({
    indexOptions: options.engineOptions?.index,
    maxMemoryMb: options.workerMemoryMb,
    log: options.log,
  });
  let indexed: IndexedFiles;
  try {
    indexed = indexFiles(await read(names), options.engineOptions, (articles, last) => {
      // Only what deriving reads is copied to the thread (not paragraphs or metadata).
      worker.add(articles.map(({ file, hash, passages }) => ({ file, hash, passages })));
      if (last) worker.end();
    });
  } catch (error) {
    // A file that cannot be read fails the build as before, and leaves no thread behind.
    await worker.stop();
    throw error;
  }
  const derived = await worker.finish();
  const { engine, derivedUsed } = indexed.complete(derived);
  if (derived && !derivedUsed)
    options.log('entities derived in a worker thread did not fit the articles; derived them here instead');
  return { engine, warnings: indexed.warnings, derivedInWorker: derivedUsed };
}
