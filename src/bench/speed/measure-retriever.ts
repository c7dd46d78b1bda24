import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, percentile, timeEach } from '../metrics/summarize-timings.js';
import type { RetrieverKind } from '../retrievers/retriever.js';
import type { SpeedCorpus } from './make-speed-corpus.js';

export interface RetrieverSpeed {
  engine: string;
  passages: number;
  buildMs: number;
  passagesPerSecond: number;
  queries: number;
  p50Ms: number;
  p99Ms: number;
  persistedBytes: number;
  /** Median of `loadRuns` reloads: read file, parse, restore. */
  loadMs: number;
  /** Process peak RSS after build and queries, before persisting (MB). */
  peakRssMb: number;
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * Build, warm up, time queries, persist and reload one engine on one corpus (run it alone in a process for
 * RSS).
 */
export async function measureRetriever(
  kind: RetrieverKind,
  corpus: SpeedCorpus,
  options: { warmup: number; loadRuns: number },
): Promise<RetrieverSpeed> {
  const retriever = kind.create();
  const started = process.hrtime.bigint();
  retriever.addAll(corpus.passages);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  // Warm-up (JIT, lazy structures) with the last queries; they are timed again, as the last 5% of the
  // samples.
  corpus.queries.slice(-options.warmup).forEach((q) => retriever.search(q, 10));
  const timings = timeEach(corpus.queries, (q) => retriever.search(q, 10));
  const peak = peakRssMb();

  const dir = await mkdtemp(join(tmpdir(), 'minerals-bench-'));
  try {
    const file = join(dir, 'index.json');
    await writeFile(file, retriever.serialize());
    const persistedBytes = (await stat(file)).size;
    const loads: number[] = [];
    let loaded = retriever;
    for (let i = 0; i < options.loadRuns; i++) {
      const begin = process.hrtime.bigint();
      loaded = kind.load(await readFile(file, 'utf8'));
      loads.push(Number(process.hrtime.bigint() - begin) / 1e6);
    }
    const probe = corpus.queries[0] ?? '';
    if (JSON.stringify(loaded.search(probe, 5)) !== JSON.stringify(retriever.search(probe, 5))) {
      throw new Error(`${kind.name}: the reloaded index ranks "${probe}" differently`);
    }
    return {
      engine: kind.name,
      passages: corpus.passages.length,
      buildMs,
      passagesPerSecond: corpus.passages.length / (buildMs / 1000),
      queries: timings.length,
      p50Ms: median(timings),
      p99Ms: percentile(timings, 0.99),
      persistedBytes,
      loadMs: median(loads),
      peakRssMb: peak,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Peak RSS of a process that only holds the corpus: the floor every engine's figure includes. */
export function corpusOnlyRssMb(): number {
  return peakRssMb();
}
