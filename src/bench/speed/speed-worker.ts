/**
 * Child-process entry for one speed measurement, so each engine's peak RSS is its own.
 * Argument: a JSON WorkerJob. Prints JSON lines on stdout: progress, then the result last.
 */
import { retrieverByName } from '../retrievers/all-retrievers.js';
import { readSpeedCorpus } from './make-speed-corpus.js';
import { corpusOnlyRssMb, measureRetriever } from './measure-retriever.js';
import type { WorkerJob } from './run-speed-job.js';

async function main(job: WorkerJob): Promise<unknown> {
  const corpus = await readSpeedCorpus(job.corpusFile);
  if (job.task === 'corpus-only') return { peakRssMb: corpusOnlyRssMb(), passages: corpus.passages.length };
  if (job.task === 'ask') {
    // Loaded only for ask jobs: the engine's modules would otherwise count in every baseline's RSS.
    const { measureAsk, passagesToFiles, storiesToFiles } = await import('./measure-ask.js');
    const files =
      corpus.stories.length > 0 ? storiesToFiles(corpus.stories) : passagesToFiles(corpus.passages);
    return measureAsk(job.label, files, corpus.queries.slice(0, job.askQuestions), job.warmup, (partial) =>
      process.stdout.write(`${JSON.stringify(partial)}\n`),
    );
  }
  return measureRetriever(retrieverByName(job.engine), corpus, {
    warmup: job.warmup,
    loadRuns: job.loadRuns,
  });
}

main(JSON.parse(process.argv[2] ?? '{}') as WorkerJob).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
