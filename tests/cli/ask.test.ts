import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/ask.js';
import { runCli } from '../../src/cli/cli-io.js';
import { captureIo } from './support/capture-io.js';

// The real CLI as a user runs it, over the real seeds, with its own data/ folder.
const dataDir = mkdtempSync(join(tmpdir(), 'minerals-ask-'));
const seedsDir = join(dataDir, 'seeds');
cpSync('seeds', seedsDir, { recursive: true });

const env = { SEEDS_DIR: seedsDir, DATA_DIR: join(dataDir, 'data') };

/** The CLI in this process, as `npm run ask` would run it. */
async function askInProcess(args: string[], input?: string) {
  const lines = input === undefined ? [] : input.replace(/\n$/, '').split('\n');
  const t = captureIo(env, lines);
  const code = await runCli('ask', run, args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** The CLI in a child process: the smoke test that the entry point itself works. */
function ask(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', SEEDS_DIR: seedsDir, DATA_DIR: join(dataDir, 'data') },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('prints a cited answer, then reuses the saved index', async () => {
  const first = ask(['Who is the US Ambassador-designate to India?']);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/Sergio Gor \[1/);
  expect(first.stdout).toMatch(/^\[1\] .+\n {4}“.*Gor.*”/m);
  expect(
    readFileSync(join(dataDir, 'data', 'index.bin'))
      .subarray(0, 8)
      .toString(),
  ).toBe('MNRLSNAP');
  expect((await askInProcess(['Who is the US Ambassador-designate to India?'])).stdout).toBe(first.stdout);
});

test('--json with stdin answers every line in order, one JSON object each', async () => {
  const lines = [
    'Who led the US Congressional delegation to New Delhi?',
    '',
    'What is the GDP of Brazil?',
    '?!?',
  ];
  const result = await askInProcess(['--json'], `${lines.join('\n')}\n`);
  expect(result.code).toBe(0);
  const out = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(out.map((o) => o.question)).toEqual(lines);
  expect(out[0]).toMatchObject({ found: true });
  expect(out[0].citations[0]).toEqual(
    expect.objectContaining({ article: expect.stringMatching(/\.txt$/), quote: expect.any(String) }),
  );
  expect(out[0].citations[0]).toHaveProperty('url', null);
  // A person answer states its values as data too, each pointing at the citations that state it.
  for (const fact of out[0].facts ?? [])
    for (const ref of fact.refs)
      expect(out[0].citations[ref - 1]?.quote).toContain(fact.value.split(' ').pop());
  expect(out[0].facts?.length).toBeGreaterThan(0);
  expect(out[1]).toMatchObject({ found: false, error: 'empty' });
  expect(out[2]).toMatchObject({ found: false, citations: [] });
  expect(out[3]).toMatchObject({ found: false, error: 'no_terms' });
});

test('usage errors exit 2 with a message on stderr and nothing on stdout', async () => {
  for (const args of [[''], ['x'.repeat(10_000)], ['--nope', 'q']]) {
    const result = await askInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().length).toBeGreaterThan(0);
  }
});
