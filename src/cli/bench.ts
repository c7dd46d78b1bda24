/**
 * `npm run bench -- --data <dir> [--quick] [--check <baseline.json>] [--write-baseline <file>] [--out <file>]
 *   [--no-speed] [--no-sweep] [--no-seeds] [--synthetic N] [--queries N] [--asks N] [--ask-timeout S]
 *   [--seeds <dir>] [--dev-qa <file>]
 *   [--no-scale] [--scale-only] [--scale-commands N] [--no-startup] [--startup-only] [--startup-vs <git ref>]
 *   [--startup-runs N]
 *   [--squad-v2-only [--squad-v2-setting gold|closed]] [--titles-only] [--squad-v1-only]`
 * The scale section starts a throwaway PostgreSQL (Debian's server binaries) and two app processes.
 * Full mode writes BENCHMARKS.md; quick mode (CI) only prints, and gates on the committed quality figures.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareToBaseline, gatedFigures, makeBaseline, type Baseline } from '../bench/check-baseline.js';
import { renderReport, renderTables, keptHead } from '../bench/report/render-report.js';
import { runBench } from '../bench/run-bench.js';
import { runSeeds } from '../bench/quality/run-seeds.js';
import { runReutersTitlesOnly } from '../bench/run-reuters-titles-only.js';
import { runSquadV1Only } from '../bench/run-squad-v1-only.js';
import { runSquadV2Only } from '../bench/run-squad-v2-only.js';
import { renderScaleSection, runScaleBench } from '../bench/scale/run-scale-bench.js';
import { renderStartupSection, runStartupBench } from '../bench/startup/run-startup-bench.js';
import { isEntryPoint, processIo, runCli, type CliIo } from './cli-io.js';

const USAGE =
  'usage: npm run bench -- --data <dir with scifact/, squad-v1.1/, squad-v2.0/, reuters21578/> [--quick] [--check bench-baseline.json]';

/** `npm run bench -- ...`: returns the exit code (1: quality fell below the baseline; 2: usage). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      quick: { type: 'boolean', default: false },
      check: { type: 'string' },
      'write-baseline': { type: 'string' },
      out: { type: 'string' },
      'no-speed': { type: 'boolean', default: false },
      'no-sweep': { type: 'boolean', default: false },
      'no-seeds': { type: 'boolean', default: false },
      synthetic: { type: 'string', default: '100000' },
      queries: { type: 'string', default: '1000' },
      asks: { type: 'string', default: '200' },
      'ask-timeout': { type: 'string', default: '300' },
      seeds: { type: 'string', default: 'seeds' },
      'dev-qa': { type: 'string' },
      'no-scale': { type: 'boolean', default: false },
      'scale-only': { type: 'boolean', default: false },
      'scale-commands': { type: 'string', default: '200' },
      'no-startup': { type: 'boolean', default: false },
      'startup-only': { type: 'boolean', default: false },
      'startup-vs': { type: 'string' },
      'startup-runs': { type: 'string', default: '3' },
      'squad-v2-only': { type: 'boolean', default: false },
      'squad-v2-setting': { type: 'string' },
      'titles-only': { type: 'boolean', default: false },
      'squad-v1-only': { type: 'boolean', default: false },
    },
  });
  // Scale-out (one app instance vs two on one Postgres): part of a full run, or alone with --scale-only.
  const scaleCommands = Number(values['scale-commands']);
  const scale = () =>
    runScaleBench({
      seedsDir: resolve(values.seeds),
      commands: scaleCommands,
      log: (line) => io.err(`bench: ${line}`),
    });
  // Start-up and change on Reuters as article files: part of a full run, or alone with --startup-only;
  // --startup-vs <git ref> measures that commit as "before" in the same run.
  const startup = (dataDir: string) =>
    runStartupBench({
      reutersDir: join(dataDir, 'reuters21578'),
      seedsDir: resolve(values.seeds),
      vs: values['startup-vs'] ?? null,
      runs: Math.max(1, Number(values['startup-runs']) || 3),
      log: (line) => io.err(`bench: ${line}`),
    });
  // Sections that run alone on the public data, first flag set wins; each prints its table only.
  const setting = values['squad-v2-setting'];
  const alone = {
    'startup-only': async (dataDir: string) => renderStartupSection(await startup(dataDir)),
    'titles-only': (dataDir: string) => runReutersTitlesOnly(dataDir, values.quick),
    'squad-v1-only': (dataDir: string) => runSquadV1Only(dataDir, values.quick),
    'squad-v2-only': (dataDir: string) =>
      runSquadV2Only(dataDir, values.quick, (setting as 'gold' | 'closed' | undefined) ?? null),
  };
  const only = (Object.keys(alone) as (keyof typeof alone)[]).find((flag) => values[flag]);
  if (only) {
    if (!values.data) {
      io.err(USAGE);
      return 2;
    }
    if (only === 'squad-v2-only' && setting !== undefined && setting !== 'gold' && setting !== 'closed') {
      io.err('bench: --squad-v2-setting must be gold or closed');
      return 2;
    }
    io.out(await alone[only](resolve(values.data)));
    return 0;
  }
  if (values['scale-only']) {
    io.out(renderScaleSection(await scale()));
    return 0;
  }
  if (!values.data) {
    io.err(USAGE);
    return 2;
  }
  const dataDir = resolve(values.data);
  for (const part of ['scifact', 'squad-v1.1', 'squad-v2.0', 'reuters21578']) {
    if (!existsSync(join(dataDir, part))) {
      io.err(`bench: ${join(dataDir, part)} not found\n${USAGE}`);
      return 2;
    }
  }
  const numbers = {
    synthetic: Number(values.synthetic),
    queries: Number(values.queries),
    asks: Number(values.asks),
    'ask-timeout': Number(values['ask-timeout']),
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isInteger(value) || value <= 0) {
      io.err(`bench: --${name} must be a positive whole number`);
      return 2;
    }
  }
  const quick = values.quick;
  const devQaPath = resolve(values['dev-qa'] ?? join(dirname(dataDir), 'dev-qa.json'));
  const withSeeds = !values['no-seeds'] && existsSync(devQaPath);
  const log = (line: string) => io.err(`bench: ${line}`);
  if (!withSeeds && !values['no-seeds']) log(`${devQaPath} not found: dev-qa and end-to-end ask skipped`);

  const results = await runBench(
    {
      dataDir,
      quick,
      sweep: !quick && !values['no-sweep'],
      speed: !values['no-speed'],
      syntheticSize: quick ? Math.min(numbers.synthetic, 5000) : numbers.synthetic,
      queries: quick ? Math.min(numbers.queries, 200) : numbers.queries,
      askQuestions: quick ? Math.min(numbers.asks, 50) : numbers.asks,
      askTimeoutSeconds: numbers['ask-timeout'],
      command: `npm run bench -- ${argv.join(' ')}`,
    },
    { log, runSeeds: withSeeds ? () => runSeeds(resolve(values.seeds), devQaPath) : null },
  );
  io.out(renderTables(results));
  const scaleSection = quick || values['no-scale'] ? '' : renderScaleSection(await scale());
  if (scaleSection) io.out(scaleSection);
  const startupSection = quick || values['no-startup'] ? '' : renderStartupSection(await startup(dataDir));
  if (startupSection) io.out(startupSection);

  const out = values.out ?? (quick ? undefined : 'BENCHMARKS.md');
  if (out) {
    const existing = existsSync(out) ? await readFile(out, 'utf8') : null;
    await writeFile(
      out,
      [renderReport(results, keptHead(existing)).trimEnd(), scaleSection, startupSection]
        .filter(Boolean)
        .join('\n\n') + '\n',
    );
    log(`wrote ${out}`);
  }
  const figures = gatedFigures(results);
  if (values['write-baseline']) {
    await writeFile(values['write-baseline'], `${JSON.stringify(makeBaseline(figures), null, 2)}\n`);
    log(`wrote ${values['write-baseline']}`);
  }
  if (values.check) {
    const baseline = JSON.parse(await readFile(values.check, 'utf8')) as Baseline;
    const failures = compareToBaseline(figures, baseline);
    if (failures.length > 0) {
      io.err(`bench: quality fell below ${values.check}:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    log(`quality holds against ${values.check} (${Object.keys(baseline.figures).length} figures)`);
  }
  return 0;
}

// Exits explicitly: speed workers and timers must not keep a finished run alive.
if (isEntryPoint(import.meta.url))
  void runCli('bench', run, process.argv.slice(2), processIo).then((code) => process.exit(code));
