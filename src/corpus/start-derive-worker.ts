import { Worker } from 'node:worker_threads';
import type { DerivableArticle, EngineOptions } from '../engine/index.js';
import { workerEntry } from './worker-entry.js';

export interface DeriveWorkerOptions {
  /** The index options the engine is built with (the worker counts terms as its index will). */
  indexOptions?: EngineOptions['index'];
  /** Heap budget of the thread; a build that needs more falls back to deriving on the main thread. */
  maxMemoryMb?: number;
  log: (line: string) => void;
}

/** A worker thread deriving a cold build's entities, lexicon and event labels (see `createDerivedPart`). */
export interface DeriveWorker {
  /** Hands ingested articles over, in the order the engine holds them. */
  add(articles: DerivableArticle[]): void;
  /** Says every article is handed over: the thread finishes its work meanwhile. */
  end(): void;
  /**
   * The derived part's bytes once every article is handed over, for `indexFiles(...).complete`;
   * null when the thread failed (said in one log line). Ends the thread.
   */
  finish(): Promise<Uint8Array | null>;
  /** Ends the thread unfinished (the build failed before it could use it). */
  stop(): Promise<void>;
}

/** Default heap budget: a 19k-story build needs a few hundred MB. */
export const DERIVE_MEMORY_MB = 2048;

type Reply = { bytes: Uint8Array } | { error: string };

/** Starts the thread at once, so it loads while the files are read and ingested. */
export function startDeriveWorker(options: DeriveWorkerOptions): DeriveWorker {
  let settle: (bytes: Uint8Array | null) => void = () => undefined;
  const outcome = new Promise<Uint8Array | null>((resolve) => (settle = resolve));
  let failed = false;
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    options.log(`deriving entities in a worker thread failed (${reason}); deriving them here instead`);
    settle(null);
  };

  let worker: Worker | null = null;
  try {
    const entry = workerEntry('derive-worker', import.meta.url);
    worker = new Worker(entry.source, {
      eval: entry.eval,
      execArgv: [],
      workerData: { indexOptions: options.indexOptions },
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? DERIVE_MEMORY_MB },
    });
    worker.on('message', (reply: Reply) => ('bytes' in reply ? settle(reply.bytes) : fail(reply.error)));
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the thread stopped with code ${code}`));
  } catch (error) {
    fail((error as Error).message);
  }

  const post = (message: unknown) => {
    if (failed || !worker) return;
    try {
      worker.postMessage(message);
    } catch (error) {
      fail((error as Error).message);
    }
  };

  const stop = async () => {
    failed = true; // the thread's exit is no failure now
    settle(null);
    await worker?.terminate();
  };
  let ended = false;
  const end = () => {
    if (!ended) post({ done: true });
    ended = true;
  };
  return {
    add: (articles) => post({ articles }),
    end,
    async finish() {
      end();
      const bytes = await outcome;
      await stop();
      return bytes;
    },
    stop,
  };
}
