import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** One measurement for speed-worker.ts, over a corpus saved with `saveSpeedCorpus`. */
export type WorkerJob =
  | { task: 'retriever'; engine: string; corpusFile: string; warmup: number; loadRuns: number }
  | { task: 'ask'; label: string; corpusFile: string; askQuestions: number; warmup: number }
  | { task: 'corpus-only'; corpusFile: string };

const workerPath = fileURLToPath(new URL('./speed-worker.ts', import.meta.url));

/** Runs one job in a fresh Node process (tsx loader) and returns its parsed result. */
export function runSpeedJob<T>(job: WorkerJob): Promise<T> {
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
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`speed worker (${job.task}) exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`speed worker (${job.task}) printed no result: ${last.slice(0, 200)}`));
      }
    });
  });
}
