import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/slack/create-logger.js';
import { describeStartupError, startMinerals } from '../src/main.js';
import { LOCK_FILE } from '../src/storage/lock-data-dir.js';
import { FakeSlack } from './slack/support/fake-slack.js';
import { SIGNING_SECRET, sendSlashCommand } from './slack/support/send-signed.js';

let fake: FakeSlack;
let dataDir: string;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  dataDir = await mkdtemp(join(tmpdir(), 'minerals-main-'));
});
afterAll(async () => {
  await fake.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const env = () => ({
  SLACK_BOT_TOKEN: 'xoxb-main-test-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_APP_TOKEN: '',
  SLACK_API_URL: fake.apiUrl,
  SEEDS_DIR: 'seeds',
  DATA_DIR: dataDir,
  PORT: '0',
  LOG_LEVEL: 'info',
});

test('startMinerals loads the corpus, serves /healthz and answers a signed command, then stops', async () => {
  const lines: string[] = [];
  const running = await startMinerals(
    loadConfig(env()),
    createLogger({ level: 'info', write: (line) => lines.push(line) }),
  );
  try {
    expect(running.mode).toBe('http');
    const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      index: { loaded: true },
      slack: { mode: 'http', connected: true },
      store: { kind: 'lowdb' },
      digest: { enabled: true, lastRun: null, lastPosted: null, nextRun: expect.any(String) },
    });
    const sent = await sendSlashCommand(`http://127.0.0.1:${running.port}/slack/events`, {
      text: 'sources',
      responseUrl: fake.responseUrl('main-1'),
    });
    expect(sent.status).toBe(200);
    const reply = await fake.waitFor(() => fake.responsesTo('main-1')[0]);
    expect(String(reply.body.text)).toMatch(/\d+ articles/);
    expect(lines.some((l) => l.includes('listening on port'))).toBe(true);
  } finally {
    await running.stop();
  }
  await expect(fetch(`http://127.0.0.1:${running.port}/healthz`)).rejects.toThrow();
});

function runMain(
  extraEnv: Record<string, string>,
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void,
) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', ...extraEnv },
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('npm start with a missing variable stops with one line naming it and pointing to .env.example', async () => {
  const result = await runMain({ ...env(), SLACK_BOT_TOKEN: '' });
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split('\n')).toEqual([
    'minerals: SLACK_BOT_TOKEN is missing (see .env.example)',
  ]);
}, 30_000);

test('SIGTERM stops the running app cleanly (exit code 0), and tokens never reach the output', async () => {
  let signalled = false;
  const result = await runMain(env(), (stdout, child) => {
    if (!signalled && stdout.includes('listening on port')) {
      signalled = true;
      child.kill('SIGTERM');
    }
  });
  // On failure, show what the child printed.
  expect({ signalled, code: result.code, stderr: result.stderr }).toEqual({
    signalled: true,
    code: 0,
    stderr: expect.any(String),
  });
  expect(result.stdout).toContain('SIGTERM received');
  expect(result.stdout + result.stderr).not.toContain('xoxb-main-test-token');
}, 30_000);

test('a token Slack rejects stops start-up with a one-line explanation', async () => {
  fake.failNext('auth.test', { error: 'invalid_auth' });
  const error = await startMinerals(
    loadConfig(env()),
    createLogger({ level: 'error', write: () => undefined }),
  ).catch((e: unknown) => e);
  const line = describeStartupError(error);
  expect(line).toContain('invalid_auth');
  expect(line).toContain('.env.example');
  expect(line).not.toContain('\n');
});

test('with the Slack API refusing connections, start-up stops after the allowed tries with one clear line', async () => {
  const refusing = new FakeSlack();
  await refusing.start();
  const apiUrl = refusing.apiUrl;
  await refusing.stop();
  const lines: string[] = [];
  const started = Date.now();
  const error = await startMinerals(
    loadConfig({ ...env(), SLACK_API_URL: apiUrl }),
    createLogger({ level: 'info', write: (line) => lines.push(line) }),
    {
      slack: { attempts: 3, delayMs: 20 },
    },
  ).catch((e: unknown) => e);
  const line = describeStartupError(error);
  expect(line).toMatch(/^could not reach Slack at .* after 3 attempts \((ECONNREFUSED|fetch failed)\)/);
  expect(line).not.toContain('\n');
  expect(line).not.toContain('xoxb-main-test-token');
  expect(lines.filter((l) => l.includes('Slack not reachable'))).toHaveLength(2);
  expect(Date.now() - started).toBeLessThan(15_000);
});

test('a second process on the same data folder refuses to start, naming the holder; the lock goes when the first stops', async () => {
  const running = await startMinerals(
    loadConfig(env()),
    createLogger({ level: 'error', write: () => undefined }),
  );
  try {
    expect((await readFile(join(dataDir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    const second = await runMain(env());
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe(
      `minerals: another minerals process (pid ${process.pid}) is already using ${dataDir}: two processes on one data folder lose writes and post the digest twice. Stop it first, or set DATABASE_URL so that several instances share Postgres`,
    );
  } finally {
    await running.stop();
  }
  await expect(readFile(join(dataDir, LOCK_FILE), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
}, 30_000);

test('corrupt and wrong-shape state files are moved aside and the app still starts and answers', async () => {
  await writeFile(join(dataDir, 'votes.json'), '{"votes": [');
  await writeFile(join(dataDir, 'feeds.json'), '{"feeds": "none", "seen": []}');
  const running = await startMinerals(
    loadConfig(env()),
    createLogger({ level: 'error', write: () => undefined }),
  );
  try {
    const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(health.status).toBe(200);
    const sent = await sendSlashCommand(`http://127.0.0.1:${running.port}/slack/events`, {
      text: 'sources',
      responseUrl: fake.responseUrl('main-corrupt'),
    });
    expect(sent.status).toBe(200);
    expect(String((await fake.waitFor(() => fake.responsesTo('main-corrupt')[0])).body.text)).toMatch(
      /\d+ articles/,
    );
  } finally {
    await running.stop();
  }
  const aside = (await readdir(dataDir)).filter((n) => n.includes('.corrupt-')).sort();
  expect(aside.map((n) => n.split('.corrupt-')[0])).toEqual(['feeds.json', 'votes.json']);
}, 30_000);
