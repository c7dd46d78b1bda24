/**
 * Child-process entry for the start-up and change section: one process start against a seeds
 * folder and data folder, timed from process start. Prints one JSON line (StartupRun) on stdout.
 * Argument: JSON { seedsDir, dataDir, questions: string[], change: boolean }.
 */
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as corpus from '../../corpus/load-corpus.js';
import { readSourceFile } from '../../corpus/read-source-file.js';
import { watchSeeds } from '../../corpus/watch-seeds.js';
import { loadEngine, QuestionError, type Engine } from '../../engine/index.js';

export interface StartupJob {
  seedsDir: string;
  dataDir: string;
  questions: string[];
  /** Also time a new article landing and being removed. */
  change: boolean;
  /** Only time reading the snapshot (read + parse + restore), then exit. */
  snapshotLoad: boolean;
}

export interface StartupRun {
  origin: string;
  articles: number;
  /** Process start to corpus loaded and watcher running. */
  readyMs: number;
  /** CPU time (user + system) the process had used by then: steadier than wall time on a shared machine. */
  readyCpuMs: number;
  firstAskCpuMs: number;
  laterP50CpuMs: number;
  snapshotLoadCpuMs: number | null;
  /** The engine's warm-up, run right after ready as the app runs it (0 for a tree without one). */
  warmUpMs: number;
  warmUpCpuMs: number;
  /** The first question after ready (and after the warm-up). */
  firstAskMs: number;
  /** Process start to the first answer served. */
  firstAnswerAtMs: number;
  laterP50Ms: number;
  /** Snapshot read, parsed and restored, in ms (null when not asked or no snapshot). */
  snapshotLoadMs: number | null;
  /** A new article written to seeds/ until an answer cites it; then deleted until none does. */
  addCitedMs: number | null;
  removeGoneMs: number | null;
  peakRssMb: number;
}

const NEW_ARTICLE = 'zz-startup-bench-new.txt';
const NEW_TEXT =
  'Quorvian cobalt ministerial ends with pledge\n\nThe Quorvian Cobalt Ministerial was attended by Minister Elspeth Varnadottir and Secretary Obadiah Kestrel on Monday.\n\nThey agreed to share cobalt refining data.\n';
const NEW_QUESTION = 'Who attended the Quorvian Cobalt Ministerial?';

function ask(engine: Engine, question: string): ReturnType<Engine['ask']> | null {
  try {
    return engine.ask(question);
  } catch (error) {
    if (error instanceof QuestionError) return null;
    throw error;
  }
}

const cites = (engine: Engine, file: string) =>
  (ask(engine, NEW_QUESTION)?.citations ?? []).some((c) => c.article === file);

/** Polls `done` every 5 ms from `since` until it holds (or 60 s pass); returns the elapsed ms. */
async function waitFor(done: () => boolean, since: number): Promise<number | null> {
  while (!done()) {
    if (performance.now() - since > 60_000) return null;
    await new Promise((r) => setTimeout(r, 5));
  }
  return performance.now() - since;
}

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function timeSnapshotLoad(
  dataDir: string,
): Promise<Pick<StartupRun, 'snapshotLoadMs' | 'snapshotLoadCpuMs'>> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  // A tree with the binary snapshot reads it as start-up does; an older one read one JSON document.
  if ('readCorpusSnapshot' in corpus && typeof corpus.readCorpusSnapshot === 'function') {
    const loaded = await corpus.readCorpusSnapshot(dataDir).catch(() => null);
    if (loaded === null) return { snapshotLoadMs: null, snapshotLoadCpuMs: null };
  } else {
    const raw = await readFile(corpus.snapshotPath(dataDir), 'utf8').catch(() => null);
    if (raw === null) return { snapshotLoadMs: null, snapshotLoadCpuMs: null };
    loadEngine(JSON.parse(raw));
  }
  return { snapshotLoadMs: performance.now() - started, snapshotLoadCpuMs: cpuMs(cpu) };
}

async function main(job: StartupJob): Promise<Partial<StartupRun>> {
  if (job.snapshotLoad)
    return { ...(await timeSnapshotLoad(job.dataDir)), peakRssMb: process.resourceUsage().maxRSS / 1024 };
  const { engine, origin } = await corpus.loadCorpus({ seedsDir: job.seedsDir, dataDir: job.dataDir });
  const watcher = watchSeeds({ engine, seedsDir: job.seedsDir, readSourceFile, debounceMs: 20 });
  await watcher.ready;
  const readyMs = performance.now();
  const readyCpuMs = cpuMs();
  // As the app does: the engine warms up right after ready; a question arrives as a later event.
  const warmUpCpu = process.cpuUsage();
  const warmUpStart = performance.now();
  const warmable = engine as Partial<Pick<Engine, 'warmUp'>>;
  const warms = typeof warmable.warmUp === 'function';
  if (warms) warmable.warmUp!();
  const warmUpMs = warms ? performance.now() - warmUpStart : 0;
  const warmUpCpuMs = warms ? cpuMs(warmUpCpu) : 0;
  const [first, ...later] = job.questions;
  const askStart = performance.now();
  const askCpu = process.cpuUsage();
  ask(engine, first ?? NEW_QUESTION);
  const firstAskMs = performance.now() - askStart;
  const firstAskCpuMs = cpuMs(askCpu);
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  for (const q of later) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    ask(engine, q);
    timings.push(performance.now() - start);
    cpuTimings.push(cpuMs(cpu));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  let addCitedMs: number | null = null;
  let removeGoneMs: number | null = null;
  if (job.change) {
    const path = join(job.seedsDir, NEW_ARTICLE);
    const added = performance.now();
    await writeFile(path, NEW_TEXT);
    addCitedMs = await waitFor(() => cites(engine, NEW_ARTICLE), added);
    const removed = performance.now();
    await unlink(path);
    removeGoneMs = await waitFor(() => !cites(engine, NEW_ARTICLE), removed);
  }
  await watcher.close();
  return {
    origin,
    articles: engine.articles().length,
    readyMs,
    readyCpuMs,
    warmUpMs,
    warmUpCpuMs,
    firstAskMs,
    firstAskCpuMs,
    firstAnswerAtMs: readyMs + warmUpMs + firstAskMs,
    laterP50Ms: median(timings),
    laterP50CpuMs: median(cpuTimings),
    addCitedMs,
    removeGoneMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

main(JSON.parse(process.argv[2] ?? '{}') as StartupJob).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
