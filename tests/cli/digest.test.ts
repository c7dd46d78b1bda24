import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/cli-io.js';
import { run as runDigest } from '../../src/cli/digest.js';
import type { Digest } from '../../src/digest/digest-types.js';
import { captureIo } from './support/capture-io.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digest-cli-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** The CLI in this process, with no Slack variables at all: the preview must not need them. */
async function digestInProcess(...args: string[]) {
  const t = captureIo({ SEEDS_DIR: join(ROOT, 'seeds'), DATA_DIR: dataDir });
  const code = await runCli('digest', runDigest, args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** The CLI in a child process: the smoke test that the entry point itself works. */
async function digestCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // No Slack variables at all: the preview must not need them.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    SEEDS_DIR: join(ROOT, 'seeds'),
    DATA_DIR: dataDir,
  };
  try {
    const { stdout, stderr } = await run(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src/cli/digest.ts'), ...args],
      { cwd: ROOT, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('--json prints the digest as data, and --preview as text, without Slack', async () => {
  const json = await digestCli('--json');
  expect(json.code).toBe(0);
  const digest = JSON.parse(json.stdout) as Digest;
  expect(digest.articles).toHaveLength(5);
  expect(digest.stories.flatMap((s) => s.sources.map((src) => src.file)).sort()).toEqual(
    digest.articles.map((a) => a.file).sort(),
  );

  const text = await digestInProcess('--preview');
  expect(text.code).toBe(0);
  expect(text.stdout).toContain(`Critical minerals digest: ${digest.stories.length} stories from 5 articles`);
  expect(text.stdout).toContain(`1. ${digest.stories[0]?.headline}`);
}, 30_000);

test('a usage error is reported; a corrupt digest file is moved aside (kept) and the preview still runs', async () => {
  const bad = await digestInProcess('--post');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/usage: npm run digest/);

  await writeFile(join(dataDir, 'digest.json'), '{not json');
  const corrupt = await digestInProcess('--preview');
  expect(corrupt.code).toBe(0);
  const aside = (await readdir(dataDir)).filter((name) => name.startsWith('digest.json.corrupt-'));
  expect(aside).toHaveLength(1);
  expect(await readFile(join(dataDir, aside[0]!), 'utf8')).toBe('{not json');
}, 30_000);
