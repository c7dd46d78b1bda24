/**
 * Worker-thread entry for `createArticleExtractor`: jsdom parsing of a large or hostile
 * page can take seconds, so it runs here, off the app's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract-article.js';
import { IngestError } from './ingest-error.js';
import { errorMessage } from '../error-message.js';

// One page at a time: the parent sends the next only after this one's reply.
parentPort?.on('message', (job: { html: string; url: string }) => {
  try {
    parentPort?.postMessage({ ok: true, article: extractArticle(job.html, job.url) });
  } catch (error) {
    const code = error instanceof IngestError ? error.code : null;
    parentPort?.postMessage({
      ok: false,
      code,
      message: errorMessage(error),
    });
  }
});
parentPort?.postMessage({ ready: true });
