import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real CLI as a user runs it, over the real seeds, with its own data/ folder.
const dataDir = mkdtempSync(join(tmpdir(), 'minerals-ask-'));
const seedsDir = join(dataDir, 'seeds');
cpSync('seeds', seedsDir, { recursive: true });

function ask(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', SEEDS_DIR: seedsDir, DATA_DIR: join(dataDir, 'data') },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('prints a cited answer, then reuses the saved index', () => {
  const first = ask(['Who is the US Ambassador-designate to India?']);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/Sergio Gor \[1/);
  expect(first.stdout).toMatch(/^\[1\] .+\n {4}“.*Gor.*”/m);
  expect(readFileSync(join(dataDir, 'data', 'index.json'), 'utf8')).toContain('"version"');
  expect(ask(['Who is the US Ambassador-designate to India?']).stdout).toBe(first.stdout);
});

test('--json with stdin answers every line in order, one JSON object each', () => {
  const lines = ['Who led the US Congressional delegation to New Delhi?', '', 'What is the GDP of Brazil?', '?!?'];
  const run = ask(['--json'], `${lines.join('\n')}\n`);
  expect(run.code).toBe(0);
  const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  expect(out.map((o) => o.question)).toEqual(lines);
  expect(out[0]).toMatchObject({ found: true });
  expect(out[0].citations[0]).toEqual(expect.objectContaining({ article: expect.stringMatching(/\.txt$/), quote: expect.any(String) }));
  expect(out[0].citations[0]).toHaveProperty('url', null);
  expect(out[1]).toMatchObject({ found: false, error: 'empty' });
  expect(out[2]).toMatchObject({ found: false, citations: [] });
  expect(out[3]).toMatchObject({ found: false, error: 'no_terms' });
});

test('usage errors exit 2 with a message on stderr and nothing on stdout', () => {
  for (const args of [[''], ['x'.repeat(10_000)], ['--nope', 'q']]) {
    const run = ask(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().length).toBeGreaterThan(0);
  }
});
