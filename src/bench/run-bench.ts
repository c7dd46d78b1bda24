import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchResults, MachineInfo, SpeedSection } from './bench-results.js';
import { readSciFact } from './data/read-scifact.js';
import { readSquadV1Set, readSquadV2Set, readTitledStories } from './data/read-ask-sets.js';
import { readerKinds } from './quality/all-readers.js';
import { runSciFact } from './quality/run-scifact.js';
import { runSquadReading } from './quality/run-squad-reading.js';
import { runSquadRetrieval } from './quality/run-squad-retrieval.js';
import { runSquadV2 } from './quality/run-squad-v2.js';
import { runReutersTitles } from './quality/run-reuters-titles.js';
import { runWeightingSweep } from './quality/run-weighting-sweep.js';
import { retrieverKinds } from './retrievers/all-retrievers.js';
import { sampleSciFact } from './sample-sets.js';
import { makeSpeedCorpus, saveSpeedCorpus, type SpeedCorpusSpec } from './speed/make-speed-corpus.js';
import type { RetrieverSpeed } from './speed/measure-retriever.js';
import type { AskSpeed } from './speed/measure-ask.js';
import { runSpeedJob, SpeedJobTimeout } from './speed/run-speed-job.js';
import type { DevQaResult } from './quality/run-dev-qa.js';

export interface BenchConfig {
  /** Folder laid out like ../shared/bench. */
  dataDir: string;
  quick: boolean;
  sweep: boolean;
  speed: boolean;
  /** Passages in the synthetic corpus. */
  syntheticSize: number;
  /** Timed queries per engine and corpus. */
  queries: number;
  /** Timed end-to-end asks per corpus. */
  askQuestions: number;
  /** An end-to-end ask job on a large corpus is stopped (and noted) after this long. */
  askTimeoutSeconds: number;
  command: string;
}

/** Collaborators the harness is given rather than constructing. */
export interface BenchDeps {
  log: (line: string) => void;
  /** dev-qa pass count and ask timing on the seeds; null skips them (and the large-corpus asks). */
  runSeeds: (() => Promise<{ devQa: DevQaResult; ask: AskSpeed }>) | null;
}

export function describeMachine(): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGb: totalmem() / 2 ** 30,
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

async function timed<T>(log: (line: string) => void, label: string, work: () => T | Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await work();
  log(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

async function timedAsk(
  config: BenchConfig,
  deps: BenchDeps,
  notes: string[],
  label: string,
  corpusFile: string,
): Promise<AskSpeed | null> {
  try {
    return await timed(deps.log, `ask ${label}`, () =>
      runSpeedJob<AskSpeed>(
        { task: 'ask', label, corpusFile, askQuestions: config.askQuestions, warmup: 20 },
        { timeoutSeconds: config.askTimeoutSeconds },
      ),
    );
  } catch (error) {
    if (!(error instanceof SpeedJobTimeout)) throw error;
    const built = error.partial as { buildMs?: number; files?: number } | null;
    const buildNote =
      built?.buildMs === undefined
        ? 'createEngine itself did not finish'
        : `createEngine over ${built.files} files took ${(built.buildMs / 1000).toFixed(1)} s`;
    notes.push(
      `End-to-end ask on ${label}: stopped after ${error.seconds} s (${buildNote}; the ${config.askQuestions} timed questions did not complete).`,
    );
    deps.log(`ask ${label}: stopped after ${error.seconds} s`);
    return null;
  }
}

/**
 * Speed of the engines (and of `ask`, when given) on one corpus, built once and shared with the workers
 * through a file.
 */
async function runSpeedSection(
  config: BenchConfig,
  deps: BenchDeps,
  notes: string[],
  label: string,
  spec: SpeedCorpusSpec,
): Promise<{ section: SpeedSection; ask: AskSpeed | null }> {
  const dir = await mkdtemp(join(tmpdir(), 'minerals-bench-corpus-'));
  try {
    const corpusFile = join(dir, 'corpus.json');
    await saveSpeedCorpus(await makeSpeedCorpus(spec), corpusFile);
    const { peakRssMb } = await runSpeedJob<{ peakRssMb: number }>({ task: 'corpus-only', corpusFile });
    const engines = config.quick ? retrieverKinds.slice(0, 1) : retrieverKinds;
    const rows: RetrieverSpeed[] = [];
    for (const kind of engines) {
      rows.push(
        await timed(deps.log, `speed ${label} ${kind.name}`, () =>
          runSpeedJob<RetrieverSpeed>({
            task: 'retriever',
            engine: kind.name,
            corpusFile,
            warmup: 50,
            loadRuns: 3,
          }),
        ),
      );
    }
    // Quick mode times `ask` on the seeds only: building the engine over thousands of stories takes too long
    // for CI.
    const ask =
      deps.runSeeds && !config.quick ? await timedAsk(config, deps, notes, label, corpusFile) : null;
    return { section: { corpus: label, corpusOnlyRssMb: peakRssMb, rows }, ask };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs every benchmark the config asks for and returns the figures (no printing, no files written). */
export async function runBench(config: BenchConfig, deps: BenchDeps): Promise<BenchResults> {
  const { log } = deps;
  const notes: string[] = [];
  const engines = config.quick ? retrieverKinds.slice(0, 1) : retrieverKinds;
  const results: BenchResults = {
    mode: config.quick ? 'quick' : 'full',
    machine: describeMachine(),
    command: config.command,
    scifact: [],
    squadRetrieval: [],
    squadReading: [],
    squadV2: [],
    reutersTitles: [],
    devQa: null,
    sweep: [],
    speed: [],
    ask: [],
    notes,
  };

  const scifactFull = await readSciFact(join(config.dataDir, 'scifact'));
  const scifact = config.quick ? sampleSciFact(scifactFull, 3) : scifactFull;
  const squad = await readSquadV1Set(config.dataDir, config.quick);
  if (config.quick)
    notes.push(
      `quick mode: SciFact ${scifact.queries.length} queries over ${scifact.docs.length} documents; SQuAD ${squad.questions.length} questions over ${squad.paragraphs.length} paragraphs; our engine only.`,
    );

  for (const kind of engines)
    results.scifact.push(await timed(log, `SciFact ${kind.name}`, () => runSciFact(scifact, kind)));
  for (const kind of engines)
    results.squadRetrieval.push(
      await timed(log, `SQuAD retrieval ${kind.name}`, () => runSquadRetrieval(squad, kind)),
    );
  const readers = config.quick ? readerKinds.filter((r) => r.name === 'minerals') : readerKinds;
  for (const reader of readers)
    results.squadReading.push(
      await timed(log, `SQuAD reading ${reader.name}`, () => runSquadReading(squad, reader)),
    );

  const squadV2 = await readSquadV2Set(config.dataDir, config.quick);
  results.squadV2 = await timed(log, 'SQuAD v2.0 through engine.ask', () => runSquadV2(squadV2));
  const { stories: reuters, titlesAsked } = await readTitledStories(config.dataDir, config.quick);
  results.reutersTitles = await timed(log, 'Reuters titles', () => runReutersTitles(reuters, titlesAsked));
  if (config.quick)
    notes.push(
      `quick mode: SQuAD v2.0 ${squadV2.questions.length} questions over ${squadV2.paragraphs.length} paragraphs; Reuters titles over the ${reuters.length} stories of one file.`,
    );

  if (deps.runSeeds) {
    const seeds = await timed(log, 'dev-qa and seeds ask', () => deps.runSeeds!());
    results.devQa = seeds.devQa;
    results.ask.push(seeds.ask);
  } else notes.push('dev-qa and end-to-end ask skipped: the answer engine is not available.');

  if (config.sweep)
    results.sweep = await timed(log, 'weighting sweep', () => runWeightingSweep(scifact, squad));

  if (config.speed) {
    const reutersDir = join(config.dataDir, 'reuters21578');
    const base = { reutersDir, queries: config.queries, seed: 20260122 };
    const sections: Array<[string, SpeedCorpusSpec]> = [
      [
        'Reuters-21578 sentences',
        { ...base, kind: 'reuters', size: 0, ...(config.quick ? { maxFiles: 1 } : {}) },
      ],
      [
        `Synthetic ${config.syntheticSize} passages`,
        { ...base, kind: 'synthetic', size: config.syntheticSize, ...(config.quick ? { maxFiles: 1 } : {}) },
      ],
    ];
    for (const [label, spec] of sections) {
      const { section, ask } = await runSpeedSection(config, deps, notes, label, spec);
      results.speed.push(section);
      if (ask) results.ask.push(ask);
    }
  }
  return results;
}
