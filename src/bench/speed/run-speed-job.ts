import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** One measurement for speed-worker.ts, over a corpus saved with `saveSpeedCorpus`. */
export type WorkerJob =
  | { task: 'retriever'; engine: string; corpusFile: string; warmup: number; loadRuns: number }
  | { task: 'ask'; label: string; corpusFile: string; askQuestions: number; warmup: number }
  | { task: 'corpus-only'; corpusFile: string };

const workerPath = fileURLToPath(new URL('./speed-worker.ts', import.meta.url));

/** A job that ran past its time limit; `partial` is the last progress line it printed, if any. */
export class SpeedJobTimeout extends Error {
  constructor(
    readonly seconds: number,
    readonly partial: unknown,
  ) {
    super(`speed worker did not finish within ${seconds} s`);
    this.name = 'SpeedJobTimeout';
  }
}

/** Runs one job in a fresh Node process (tsx loader) and returns its parsed result (the last JSON line). */
export function runSpeedJob<T>(job: WorkerJob, options: { timeoutSeconds?: number } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', workerPath, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // NODE_OPTIONS from jest (--experimental-vm-modules) is not wanted in the worker.
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    let timedOut = false;
    const timer = options.timeoutSeconds
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutSeconds * 1000)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      if (timedOut) {
        const partial = out.trim().split('\n').pop();
        return reject(
          new SpeedJobTimeout(options.timeoutSeconds ?? 0, partial ? (JSON.parse(partial) as unknown) : null),
        );
      }
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0)
        return reject(
          new Error(
            `speed worker (${job.task}) exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        );
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`speed worker (${job.task}) printed no result: ${last.slice(0, 200)}`));
      }
    });
  });
}
