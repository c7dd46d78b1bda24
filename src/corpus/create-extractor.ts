import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from './extract-article.js';
import { IngestError, type IngestErrorCode } from './ingest-error.js';
import { workerEntry } from './worker-entry.js';

interface Job {
  html: string;
  url: string;
  resolve: (article: ExtractedArticle) => void;
  reject: (error: Error) => void;
}

type Reply =
  { ok: true; article: ExtractedArticle } | { ok: false; code: IngestErrorCode | null; message: string };

/** Default time one page may take to extract, counted from when its extraction starts. */
export const EXTRACT_TIMEOUT_MS = 20_000;
/** Default largest page handed to the extractor. jsdom needs tens of times a page's size in memory. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;
/** Default heap budget of the extractor thread; a page that needs more is refused and the thread replaced. */
export const EXTRACT_MEMORY_MB = 512;

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;

export interface ExtractorOptions {
  timeoutMs?: number;
  maxHtmlBytes?: number;
  maxMemoryMb?: number;
}

/**
 * Runs `extractArticle` (Readability over jsdom) in a worker thread, one page at a time, so a
 * big page never blocks the app. Each page gets `timeoutMs` from when its extraction starts
 * (time spent waiting behind other pages does not count). A page over `maxHtmlBytes` is refused
 * unread; one that needs more than `maxMemoryMb` of heap, or more than its time, is refused and
 * the thread replaced, and the pages queued behind it go on in the new thread. The thread does
 * not keep the process alive while idle.
 */
export function createArticleExtractor(options: ExtractorOptions = {}) {
  const timeoutMs = options.timeoutMs ?? EXTRACT_TIMEOUT_MS;
  const maxHtmlBytes = options.maxHtmlBytes ?? MAX_HTML_BYTES;
  const maxMemoryMb = options.maxMemoryMb ?? EXTRACT_MEMORY_MB;
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let active: { job: Job; timer: NodeJS.Timeout | null } | null = null;
  const ready = new WeakSet<Worker>();
  let closed = false;

  /** Ends the running job, if any, and moves on to the next. */
  function settle(outcome: (job: Job) => void) {
    const current = active;
    active = null;
    if (current) {
      clearTimeout(current.timer ?? undefined);
      outcome(current.job);
    }
    pump();
  }

  /**
   * The job's clock starts once the thread has loaded (starting one takes a second or more), not when it was
   * queued.
   */
  function startClock(w: Worker) {
    if (!active || active.timer || worker !== w || !ready.has(w)) return;
    active.timer = setTimeout(() => {
      worker = null;
      void w.terminate();
      settle((timedOut) =>
        timedOut.reject(
          new IngestError(
            `${timedOut.url} took longer than ${Math.round(timeoutMs / 1000)} s to read; skipped`,
            'timeout',
          ),
        ),
      );
    }, timeoutMs);
  }

  function start(): Worker {
    const entry = workerEntry('extract-worker', import.meta.url);
    const w = new Worker(entry.source, {
      eval: entry.eval,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    });
    let crash: Error | null = null;
    w.on('message', (reply: Reply | { ready: true }) => {
      if (worker !== w) return;
      if ('ready' in reply) {
        ready.add(w);
        return startClock(w);
      }
      settle((job) =>
        reply.ok
          ? job.resolve(reply.article)
          : job.reject(reply.code ? new IngestError(reply.message, reply.code) : new Error(reply.message)),
      );
    });
    w.on('error', (error) => (crash = error));
    w.on('exit', () => {
      ready.delete(w);
      if (worker !== w) return;
      worker = null;
      const outOfMemory = (crash as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle((job) =>
        job.reject(
          outOfMemory
            ? new IngestError(
                `${job.url} is too large to read (over the ${maxMemoryMb} MB memory budget); skipped`,
                'too_large',
              )
            : new IngestError('the article extractor stopped; try again', 'timeout'),
        ),
      );
    });
    return w;
  }

  function pump() {
    if (active || closed) return;
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      return;
    }
    worker ??= start();
    const w = worker;
    w.ref();
    active = { job, timer: null };
    w.postMessage({ html: job.html, url: job.url });
    startClock(w);
  }

  return {
    extract(html: string, url: string): Promise<ExtractedArticle> {
      if (Buffer.byteLength(html) > maxHtmlBytes) {
        return Promise.reject(
          new IngestError(
            `${url} is too large to read (over ${sizeOf(maxHtmlBytes)} of HTML); skipped`,
            'too_large',
          ),
        );
      }
      return new Promise<ExtractedArticle>((resolve, reject) => {
        queue.push({ html, url, resolve, reject });
        pump();
      });
    },
    async close(): Promise<void> {
      closed = true;
      const w = worker;
      worker = null;
      const stopped = new IngestError('the article extractor was closed', 'timeout');
      if (active) {
        clearTimeout(active.timer ?? undefined);
        active.job.reject(stopped);
        active = null;
      }
      for (const job of queue.splice(0)) job.reject(stopped);
      if (w) await w.terminate();
    },
  };
}

export type ArticleExtractor = ReturnType<typeof createArticleExtractor>;
