import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from './extract-article.js';
import { IngestError, type IngestErrorCode } from './ingest-error.js';

interface Job {
  resolve: (article: ExtractedArticle) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

type Reply = { id: number; ok: true; article: ExtractedArticle } | { id: number; ok: false; code: IngestErrorCode | null; message: string };

/** Default time one page may take to extract before the worker is replaced. */
export const EXTRACT_TIMEOUT_MS = 20_000;

/** Compiled (dist/), the worker is the emitted .js beside this file; from source (tsx, jest) it is the .ts, loaded through tsx's API. */
function workerEntry(): { source: string | URL; eval: boolean } {
  if (import.meta.url.endsWith('.js')) return { source: new URL('./extract-worker.js', import.meta.url), eval: false };
  // require.resolve would pick the CommonJS build of tsx's API; the ESM one is named in its export map.
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const tsxApi = pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  return { source: `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`, eval: true };
}

/**
 * Runs `extractArticle` (Readability over jsdom) in one long-lived worker thread, so a big
 * page never blocks the app. A page that takes longer than `timeoutMs` is refused and the
 * worker replaced. The worker does not keep the process alive while idle.
 */
export function createArticleExtractor(options: { timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? EXTRACT_TIMEOUT_MS;
  const jobs = new Map<number, Job>();
  let worker: Worker | null = null;
  let nextId = 1;

  function failAll(error: Error) {
    for (const job of jobs.values()) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    jobs.clear();
  }

  function start(): Worker {
    const entry = workerEntry();
    const w = new Worker(entry.source, { eval: entry.eval, execArgv: [] });
    w.on('message', (reply: Reply) => {
      const job = jobs.get(reply.id);
      if (!job) return;
      jobs.delete(reply.id);
      clearTimeout(job.timer);
      if (jobs.size === 0) w.unref();
      if (reply.ok) job.resolve(reply.article);
      else job.reject(reply.code ? new IngestError(reply.message, reply.code) : new Error(reply.message));
    });
    w.on('error', (error) => failAll(error));
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll(new IngestError('the article extractor stopped; try again', 'timeout'));
    });
    return w;
  }

  return {
    extract(html: string, url: string): Promise<ExtractedArticle> {
      worker ??= start();
      const w = worker;
      w.ref();
      const id = nextId++;
      return new Promise<ExtractedArticle>((resolve, reject) => {
        const timer = setTimeout(() => {
          jobs.delete(id);
          reject(new IngestError(`${url} took longer than ${Math.round(timeoutMs / 1000)} s to read; skipped`, 'timeout'));
          if (worker === w) worker = null;
          void w.terminate();
        }, timeoutMs);
        jobs.set(id, { resolve, reject, timer });
        w.postMessage({ id, html, url });
      });
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

export type ArticleExtractor = ReturnType<typeof createArticleExtractor>;
