/**
 * Worker-thread entry for `startDeriveWorker`: a cold build's entities, name lexicon and event
 * labels (`createDerivedPart`), derived here while the main thread builds the index.
 * In: `{ articles }` batches, then `{ done: true }`. Out: `{ bytes }` (transferred) or `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDerivedPart, type DerivableArticle, type EngineOptions } from '../engine/index.js';

const part = createDerivedPart(
  (workerData as { indexOptions?: Partial<EngineOptions['index']> }).indexOptions,
);
let failed = false;

parentPort?.on('message', (message: { articles: DerivableArticle[] } | { done: true }) => {
  if (failed) return;
  try {
    if ('articles' in message) return part.add(message.articles);
    const bytes = part.toBytes();
    parentPort?.postMessage({ bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    failed = true;
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
