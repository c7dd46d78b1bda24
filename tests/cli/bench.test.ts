import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/bench.js';
import { runCli } from '../../src/cli/cli-io.js';
import { writeTinyBenchData } from '../bench/fixtures.js';
import { captureIo } from './support/capture-io.js';

/** The CLI in this process, over a tiny data folder. */
async function bench(args: string[]) {
  const t = captureIo({});
  const status = await runCli('bench', run, args, t.io);
  return { status, stdout: t.stdout(), stderr: t.stderr() };
}

// The smoke test: the CLI as `npm run bench` runs it (tsx), in a real child process.
const spawnCli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bench.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 60_000,
  });

describe('npm run bench (quick mode, tiny data)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-cli-'));
    await writeTinyBenchData(join(dir, 'bench'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('without --data it prints the usage and exits 2', () => {
    const result = spawnCli([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run bench -- --data/);
  });

  test('a folder without the data sets is a clear error', async () => {
    const result = await bench(['--data', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/scifact not found/);
  });

  test('prints tables, writes a baseline, passes against it and fails against a higher one', async () => {
    const data = join(dir, 'bench');
    const baselineFile = join(dir, 'baseline.json');
    const out = join(dir, 'BENCH.md');
    const first = await bench([
      '--data',
      data,
      '--quick',
      '--no-seeds',
      '--no-speed',
      '--write-baseline',
      baselineFile,
      '--out',
      out,
    ]);
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/BEIR SciFact \(test, 1 queries\)/);
    expect(await readFile(out, 'utf8')).toMatch(/Command: `npm run bench -- --data/);
    const baseline = JSON.parse(await readFile(baselineFile, 'utf8')) as { figures: Record<string, number> };
    expect(baseline.figures['scifact.ndcg10']).toBe(1);

    const checkArgs = ['--data', data, '--quick', '--no-seeds', '--no-speed', '--check', baselineFile];
    const pass = await bench(checkArgs);
    expect(pass.status).toBe(0);
    expect(pass.stderr).toMatch(/quality holds/);

    baseline.figures['squad.hit1'] = 2;
    await writeFile(baselineFile, JSON.stringify(baseline));
    const fail = await bench(checkArgs);
    expect(fail.status).toBe(1);
    expect(fail.stderr).toMatch(/squad\.hit1: 1\.0000 is below the committed 2\.0000/);
  });

  test('--titles-only runs the Reuters title section alone, with the strict all-titles figure', async () => {
    const result = await bench(['--data', join(dir, 'bench'), '--titles-only', '--quick']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Reuters-21578 title known-item \(30 stories/);
    expect(result.stdout).toMatch(
      /\(30 titles; minerals\): strict hit@1 \(only the story itself counts\) \d\.\d{3}/,
    );
    expect(result.stdout).not.toMatch(/SciFact|SQuAD/);
  });
  test('--squad-v1-only runs SQuAD v1.1 alone: the span reader and engine.ask, overall and by question kind', async () => {
    const result = await bench(['--data', join(dir, 'bench'), '--squad-v1-only', '--quick']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/SQuAD v1\.1 dev given the gold paragraph \(\d+ questions\)/);
    expect(result.stdout).toMatch(/\| minerals engine\.ask +\| \d\.\d{3}/);
    expect(result.stdout).toMatch(/F1 by question kind/);
    expect(result.stdout).not.toMatch(/SciFact|Reuters|SQuAD v2/);
  });
});
