import { createHmac, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startLocalPostgres } from '../../dev/start-local-postgres.js';
import { EXAMPLE_QUESTIONS } from '../../slack/example-questions.js';
import { median, percentile } from '../metrics/summarize-timings.js';
import { startLocalSlack, type LocalSlack } from './local-slack.js';
import { startAppProcess, type AppProcess } from './start-app-process.js';

/** One configuration's figures: N instances sharing one Postgres. */
export interface ScaleRow {
  instances: number;
  commands: number;
  answersPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  answerP50Ms: number;
  answerP99Ms: number;
}

export interface ScaleResults {
  rows: ScaleRow[];
  /** Two instances' answers/s over one's, measured in the same run. */
  speedup: number;
}

export interface ScaleBenchOptions {
  /** Concurrent slash commands per configuration. Default 200. */
  commands?: number;
  seedsDir: string;
  /** A server to make the bench databases on; default: a throwaway local one. */
  databaseUrl?: string;
  log?: (line: string) => void;
}

const SECRET = randomBytes(16).toString('hex');

async function sendCommand(
  port: number,
  slack: LocalSlack,
  id: string,
  question: string,
): Promise<{ ackMs: number; answerMs: number }> {
  const body = new URLSearchParams({
    command: '/minerals',
    text: `ask ${question}`,
    user_id: 'U0BENCH',
    channel_id: 'C0BENCH',
    team_id: 'T0BENCH',
    response_url: slack.responseUrl(id),
    trigger_id: `bench.${id}`,
    api_app_id: 'A0BENCH',
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const sent = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  });
  await res.arrayBuffer();
  const acked = performance.now();
  if (res.status !== 200) throw new Error(`command ${id} got HTTP ${res.status}`);
  const answered = await slack.answer(id, 120_000);
  return { ackMs: acked - sent, answerMs: answered - sent };
}

/** `commands` at once, spread round-robin over the instances. */
async function burst(
  apps: AppProcess[],
  slack: LocalSlack,
  label: string,
  commands: number,
): Promise<ScaleRow> {
  const started = performance.now();
  const timings = await Promise.all(
    Array.from({ length: commands }, (_, i) =>
      sendCommand(
        apps[i % apps.length]!.port,
        slack,
        `${label}-${i}`,
        EXAMPLE_QUESTIONS[i % EXAMPLE_QUESTIONS.length]!,
      ),
    ),
  );
  // From the first send to the last answer.
  const elapsed = (performance.now() - started) / 1000;
  const acks = timings.map((t) => t.ackMs);
  const answers = timings.map((t) => t.answerMs);
  return {
    instances: apps.length,
    commands,
    answersPerSecond: commands / elapsed,
    ackP50Ms: median(acks),
    ackP99Ms: percentile(acks, 0.99),
    answerP50Ms: median(answers),
    answerP99Ms: percentile(answers, 0.99),
  };
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/**
 * Answers/s and ack latency for `commands` concurrent `/minerals ask` commands against one app
 * instance, then against two instances on the same Postgres, in one run (each instance its own
 * process, as replicas behind a load balancer).
 */
export async function runScaleBench(options: ScaleBenchOptions): Promise<ScaleResults> {
  const log = options.log ?? (() => undefined);
  const commands = options.commands ?? 200;
  const server = options.databaseUrl ? null : await startLocalPostgres();
  const slack = await startLocalSlack();
  const root = await mkdtemp(join(tmpdir(), 'minerals-scale-'));
  const running: AppProcess[] = [];
  try {
    const databaseUrl = await createDatabase(
      options.databaseUrl ?? server!.url,
      `minerals_scale_${process.pid}`,
    );
    const env = (n: number) => ({
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      SEEDS_DIR: options.seedsDir,
      DATA_DIR: join(root, `data-${n}`),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
    });
    const rows: ScaleRow[] = [];
    for (const count of [1, 2]) {
      while (running.length < count) running.push(await startAppProcess(env(running.length)));
      // Warm-up: every instance answers a few before timing.
      await Promise.all(
        running.flatMap((app, n) =>
          EXAMPLE_QUESTIONS.map((q, i) => sendCommand(app.port, slack, `warm-${count}-${n}-${i}`, q)),
        ),
      );
      log(`scale: ${commands} concurrent commands over ${count} instance(s)`);
      rows.push(await burst(running, slack, `burst-${count}`, commands));
    }
    return { rows, speedup: rows[1]!.answersPerSecond / rows[0]!.answersPerSecond };
  } finally {
    await Promise.all(running.map((app) => app.stop()));
    await slack.close();
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  }
}

/** The markdown section for BENCHMARKS.md. */
export function renderScaleSection(results: ScaleResults): string {
  const row = (r: ScaleRow) =>
    `| ${r.instances} | ${r.commands} | ${r.answersPerSecond.toFixed(0)} | ${r.ackP50Ms.toFixed(0)} | ${r.ackP99Ms.toFixed(0)} | ${r.answerP50Ms.toFixed(0)} | ${r.answerP99Ms.toFixed(0)} |`;
  return [
    '### Scale-out: concurrent slash commands, one instance vs two on one Postgres',
    '',
    'Each instance is its own process (`npm start`), on the seed corpus, sharing one local PostgreSQL; all commands are sent at once, round-robin over the instances, as signed HTTP requests; an answer counts when it reaches the `response_url`.',
    '',
    '| instances | commands | answers/s | ack p50 ms | ack p99 ms | answer p50 ms | answer p99 ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.rows.map(row),
    '',
    `Two instances answer ${results.speedup.toFixed(2)}× as many commands per second as one (same run, same machine).`,
    '',
  ].join('\n');
}
