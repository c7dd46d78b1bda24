import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { runCli } from '../../src/cli/cli-io.js';
import { run } from '../../src/cli/measure-memory.js';
import { captureIo } from './support/capture-io.js';
import { linkOneReutersFile } from './support/link-reuters-file.js';

let reuters: string;
beforeAll(async () => {
  reuters = await linkOneReutersFile('measure-memory-');
});
afterAll(() => rm(reuters, { recursive: true, force: true }));

async function measure(args: string[]) {
  const t = captureIo({});
  const code = await runCli('measure-memory', run, args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

test('without a collectable heap, or with bad sizes, it explains and exits 2', async () => {
  const saved = (globalThis as { gc?: unknown }).gc;
  delete (globalThis as { gc?: unknown }).gc;
  try {
    const noGc = await measure(['--sizes', '10', '--reuters', reuters]);
    expect(noGc.code).toBe(2);
    expect(noGc.stderr).toMatch(/--expose-gc/);
  } finally {
    if (saved) (globalThis as { gc?: unknown }).gc = saved;
  }
  for (const args of [['--sizes', 'ten'], ['--nope']]) {
    const bad = await measure(args);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/usage: node --expose-gc/);
    expect(bad.stdout).toBe('');
  }
});

test('run as documented (its own process, --expose-gc), it prints one table row per size', () => {
  // A process of its own: a full collection of a test worker's heap would measure the worker, slowly.
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'src/cli/measure-memory.ts', '--sizes', '5,10', '--reuters', reuters],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  const rows = child.stdout.split('\n').filter((line) => /^\| \d+ \|/.test(line));
  expect(rows.map((row) => row.split('|')[1]!.trim())).toEqual(['5', '10']);
  for (const row of rows) expect(Number(row.split('|')[3])).toBeGreaterThanOrEqual(0);
});
