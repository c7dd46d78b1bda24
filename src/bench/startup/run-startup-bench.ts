import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { readReuters } from '../data/read-reuters.js';
import { median } from '../metrics/summarize-timings.js';
import { storiesToFiles } from '../speed/measure-ask.js';
import type { StartupJob, StartupRun } from './startup-worker.js';

const run = promisify(execFile);

export interface StartupBenchOptions {
  reutersDir: string;
  /** The seed articles, for timing `npm run ask` on them. */
  seedsDir: string;
  /** A git ref measured in the same run as the baseline ("before"); none: this tree only. */
  vs: string | null;
  /** Warm starts (and snapshot loads, and asks) per tree; medians are reported. */
  runs: number;
  log: (line: string) => void;
}

/** Medians over the runs of one tree. */
export interface StartupFigures {
  tree: string;
  articles: number;
  coldReadyMs: number;
  coldReadyCpuMs: number;
  coldFirstAnswerCpuMs: number;
  readyMs: number;
  readyCpuMs: number;
  firstAnswerAtMs: number;
  warmUpMs: number;
  warmUpCpuMs: number;
  firstAskMs: number;
  firstAskCpuMs: number;
  laterP50Ms: number;
  laterP50CpuMs: number;
  addCitedMs: number;
  removeGoneMs: number;
  peakRssMb: number;
  snapshotLoadMs: number;
  snapshotLoadCpuMs: number;
  askWallMs: number;
}

export interface StartupResults {
  stories: number;
  runs: number;
  after: StartupFigures;
  before: StartupFigures | null;
}

const QUESTION = 'Who attended the ministerial?';

/** A tree to measure: its worker command and how `npm run ask` ran there. */
interface Tree {
  label: string;
  dir: string;
  worker: string[];
  ask: string[];
}

/** The baseline commit, unpacked, given this worker and compiled as this tree is. */
async function prepareBaseline(ref: string, root: string, log: (line: string) => void): Promise<Tree> {
  const dir = join(root, 'baseline');
  await mkdir(dir, { recursive: true });
  await run('sh', ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`]);
  // Its own dependencies, as its lock file names them (from npm's cache; no install scripts).
  log(`startup: installing ${ref}'s dependencies for the baseline`);
  await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    maxBuffer: 1 << 24,
  });
  await mkdir(join(dir, 'src/bench/startup'), { recursive: true });
  await copyFile(
    resolve('src/bench/startup/startup-worker.ts'),
    join(dir, 'src/bench/startup/startup-worker.ts'),
  );
  if (!existsSync(join(dir, 'tsconfig.build.json')))
    await copyFile(resolve('tsconfig.build.json'), join(dir, 'tsconfig.build.json'));
  // A commit from before the engine's public module gets one naming what the worker uses.
  if (!existsSync(join(dir, 'src/engine/index.ts'))) {
    await writeFile(
      join(dir, 'src/engine/index.ts'),
      "export * from './types.js';\nexport { createEngine, loadEngine } from './create-engine.js';\n",
    );
  }
  log(`startup: compiling ${ref} for the baseline`);
  await run(
    process.execPath,
    [resolve('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.build.json')],
    { cwd: dir },
  ).catch(() => undefined);
  // `npm run ask` as the baseline ran it (tsx unless it had a compiled build).
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const compiledAsk = manifest.scripts?.ask?.startsWith('node ') === true;
  return {
    label: ref,
    dir,
    worker: [join(dir, 'dist/bench/startup/startup-worker.js')],
    ask: compiledAsk
      ? [join(dir, 'dist/cli/ask.js'), QUESTION]
      : ['--import', 'tsx', join(dir, 'src/cli/ask.ts'), QUESTION],
  };
}

async function startupRun(tree: Tree, job: StartupJob): Promise<StartupRun> {
  const { stdout } = await run(process.execPath, [...tree.worker, JSON.stringify(job)], {
    cwd: tree.dir,
    maxBuffer: 1 << 24,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as StartupRun;
}

async function askWall(tree: Tree, seedsDir: string, dataDir: string): Promise<number> {
  const started = performance.now();
  await run(process.execPath, tree.ask, {
    cwd: tree.dir,
    env: { ...process.env, SEEDS_DIR: seedsDir, DATA_DIR: dataDir },
  });
  return performance.now() - started;
}

const mid = (runs: Array<Partial<StartupRun>>, key: keyof StartupRun) =>
  median(runs.map((r) => Number(r[key])).filter((n) => Number.isFinite(n)));

/**
 * Start-up and change on Reuters-21578 written out as one article file per story: a cold build,
 * then warm starts with the saved index (ready, first and later answers, an article added and
 * removed while running, peak RSS), the snapshot load alone, and `npm run ask` on the seeds.
 * Each run is a fresh process; with `vs`, the baseline commit is measured in the same run, interleaved.
 */
export async function runStartupBench(options: StartupBenchOptions): Promise<StartupResults> {
  const root = await mkdtemp(join(tmpdir(), 'minerals-startup-'));
  try {
    const stories = await readReuters(options.reutersDir);
    const seeds = join(root, 'seeds');
    await mkdir(seeds);
    for (const file of storiesToFiles(stories)) await writeFile(join(seeds, file.name), file.bytes);
    const questions = [
      QUESTION.replace('the ministerial', 'the OPEC meeting'),
      ...stories
        .slice(0, 200)
        .map((s, i) => (i % 2 ? s.title.toLowerCase() : `Who said ${s.title.toLowerCase()}?`)),
    ];
    if (!existsSync(resolve('dist/bench/startup/startup-worker.js')))
      throw new Error('dist/ is missing: run `npm run build` first');
    const trees: Tree[] = [
      {
        label: 'this tree',
        dir: resolve('.'),
        worker: [resolve('dist/bench/startup/startup-worker.js')],
        ask: [resolve('dist/cli/ask.js'), QUESTION],
      },
    ];
    if (options.vs) trees.unshift(await prepareBaseline(options.vs, root, options.log));
    const figures: StartupFigures[] = [];
    const runsOf = new Map<
      Tree,
      { cold: StartupRun; warm: StartupRun[]; snap: Array<Partial<StartupRun>>; asks: number[] }
    >();
    for (const tree of trees) {
      const dataDir = join(root, `data-${runsOf.size}`);
      options.log(`startup: cold build over ${stories.length} stories (${tree.label})`);
      const cold = await startupRun(tree, {
        seedsDir: seeds,
        dataDir,
        questions: questions.slice(0, 2),
        change: false,
        snapshotLoad: false,
      });
      runsOf.set(tree, { cold, warm: [], snap: [], asks: [] });
    }
    for (let i = 0; i < options.runs; i++) {
      for (const [n, tree] of trees.entries()) {
        const dataDir = join(root, `data-${n}`);
        const r = runsOf.get(tree)!;
        options.log(`startup: warm start ${i + 1}/${options.runs} (${tree.label})`);
        r.warm.push(
          await startupRun(tree, { seedsDir: seeds, dataDir, questions, change: true, snapshotLoad: false }),
        );
        r.snap.push(
          await startupRun(tree, {
            seedsDir: seeds,
            dataDir,
            questions: [],
            change: false,
            snapshotLoad: true,
          }),
        );
        const askData = join(root, `ask-${n}`);
        if (i === 0) await askWall(tree, options.seedsDir, askData);
        r.asks.push(await askWall(tree, options.seedsDir, askData));
      }
    }
    for (const tree of trees) {
      const { cold, warm, snap, asks } = runsOf.get(tree)!;
      figures.push({
        tree: tree.label,
        articles: cold.articles,
        coldReadyMs: cold.readyMs,
        coldReadyCpuMs: cold.readyCpuMs,
        coldFirstAnswerCpuMs: cold.readyCpuMs + cold.firstAskCpuMs,
        readyMs: mid(warm, 'readyMs'),
        readyCpuMs: mid(warm, 'readyCpuMs'),
        firstAnswerAtMs: mid(warm, 'firstAnswerAtMs'),
        warmUpMs: mid(warm, 'warmUpMs'),
        warmUpCpuMs: mid(warm, 'warmUpCpuMs'),
        firstAskMs: mid(warm, 'firstAskMs'),
        firstAskCpuMs: mid(warm, 'firstAskCpuMs'),
        laterP50Ms: mid(warm, 'laterP50Ms'),
        laterP50CpuMs: mid(warm, 'laterP50CpuMs'),
        addCitedMs: mid(warm, 'addCitedMs'),
        removeGoneMs: mid(warm, 'removeGoneMs'),
        peakRssMb: mid(warm, 'peakRssMb'),
        snapshotLoadMs: mid(snap, 'snapshotLoadMs'),
        snapshotLoadCpuMs: mid(snap, 'snapshotLoadCpuMs'),
        askWallMs: median(asks),
      });
    }
    return {
      stories: stories.length,
      runs: options.runs,
      after: figures[figures.length - 1]!,
      before: figures.length > 1 ? figures[0]! : null,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const ms = (n: number) =>
  n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`;

/**
 * The "Start-up and change" table: target, before, after and their ratio, wall time with CPU time beside it.
 */
export function renderStartupSection(r: StartupResults): string {
  const rows: Array<
    [
      string,
      string,
      (f: StartupFigures) => number,
      ((f: StartupFigures) => number) | null,
      (n: number) => string,
    ]
  > = [
    [
      'App ready with the saved index (process start to first answer served)',
      '≤ 2 s',
      (f) => f.firstAnswerAtMs,
      (f) => f.readyCpuMs + (f.warmUpCpuMs || 0) + f.firstAskCpuMs,
      ms,
    ],
    [
      'Warm-up right after ready (the engine’s, before a question arrives)',
      '—',
      (f) => f.warmUpMs || 0,
      (f) => f.warmUpCpuMs || 0,
      ms,
    ],
    ['First answer after ready', '≤ 50 ms', (f) => f.firstAskMs, (f) => f.firstAskCpuMs, ms],
    ['Later answers, p50', '≤ 2 ms', (f) => f.laterP50Ms, (f) => f.laterP50CpuMs, ms],
    ['New article cited (file written to first answer citing it)', '≤ 500 ms', (f) => f.addCitedMs, null, ms],
    ['Removed article no longer cited', '≤ 500 ms', (f) => f.removeGoneMs, null, ms],
    ['Cold build: start to ready', 'no slower', (f) => f.coldReadyMs, (f) => f.coldReadyCpuMs, ms],
    ['Cold build: start to first answer (CPU)', 'no slower', (f) => f.coldFirstAnswerCpuMs, null, ms],
    [
      'Peak RSS, warm start with a change',
      '≤ 400 MB',
      (f) => f.peakRssMb,
      null,
      (n) => `${Math.round(n)} MB`,
    ],
    [
      'Snapshot load (read, parse, restore)',
      '≤ 500 ms',
      (f) => f.snapshotLoadMs,
      (f) => f.snapshotLoadCpuMs,
      ms,
    ],
    ['`npm run ask` on the seeds, saved index (whole command)', '≤ 0.8 s', (f) => f.askWallMs, null, ms],
  ];
  const cell = (
    f: StartupFigures | null,
    wall: (f: StartupFigures) => number,
    cpu: ((f: StartupFigures) => number) | null,
    fmt: (n: number) => string,
  ) => (f ? `${fmt(wall(f))}${cpu ? ` (CPU ${fmt(cpu(f))})` : ''}` : '—');
  const lines = rows.map(([name, target, wall, cpu, fmt]) => {
    const ratio = r.before && wall(r.before) > 0 ? `${(wall(r.after) / wall(r.before)).toFixed(2)}×` : '—';
    return `| ${name} | ${target} | ${cell(r.before, wall, cpu, fmt)} | ${cell(r.after, wall, cpu, fmt)} | ${ratio} |`;
  });
  return [
    `### Start-up and change: Reuters-21578 as ${r.stories} article files`,
    '',
    `Each figure is the median of ${r.runs} fresh processes (cold build: one), before (${r.before?.tree ?? 'not measured'}) and after measured in the same run, interleaved. Wall time on this shared machine swings with the other work on it; the CPU time the process used is given beside it.`,
    '',
    '| figure | target | before | after | after/before |',
    '| --- | --- | ---: | ---: | ---: |',
    ...lines,
    '',
  ].join('\n');
}
