/**
 * Worker-thread entry for `createArticleExtractor`: jsdom parsing of a large or hostile
 * page can take seconds, so it runs here, off the app's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract-article.js';
import { IngestError } from './ingest-error.js';

parentPort?.on('message', (job: { id: number; html: string; url: string }) => {
  try {
    parentPort?.postMessage({ id: job.id, ok: true, article: extractArticle(job.html, job.url) });
  } catch (error) {
    const code = error instanceof IngestError ? error.code : null;
    parentPort?.postMessage({ id: job.id, ok: false, code, message: error instanceof Error ? error.message : String(error) });
  }
});
