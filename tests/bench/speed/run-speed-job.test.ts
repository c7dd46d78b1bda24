import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSpeedCorpus, saveSpeedCorpus } from '../../../src/bench/speed/make-speed-corpus.js';
import { runSpeedJob, SpeedJobTimeout } from '../../../src/bench/speed/run-speed-job.js';
import type { RetrieverSpeed } from '../../../src/bench/speed/measure-retriever.js';
import { writeTinyBenchData } from '../fixtures.js';

describe('speed worker (real child process)', () => {
  let dir = '';
  let corpusFile = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-speed-'));
    await writeTinyBenchData(dir);
    corpusFile = join(dir, 'corpus.json');
    const corpus = await makeSpeedCorpus({
      kind: 'reuters',
      reutersDir: join(dir, 'reuters21578'),
      size: 0,
      queries: 40,
      seed: 1,
    });
    expect(corpus.stories).toHaveLength(30);
    await saveSpeedCorpus(corpus, corpusFile);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('the synthetic corpus has the asked size and no stories', async () => {
    const corpus = await makeSpeedCorpus({
      kind: 'synthetic',
      reutersDir: join(dir, 'reuters21578'),
      size: 70,
      queries: 5,
      seed: 1,
    });
    expect(corpus.passages).toHaveLength(70);
    expect(corpus.stories).toEqual([]);
    expect(corpus.queries).toHaveLength(5);
  });

  test('measures an engine on a saved corpus and reports sane figures', async () => {
    const result = await runSpeedJob<RetrieverSpeed>({
      task: 'retriever',
      engine: 'minerals',
      corpusFile,
      warmup: 5,
      loadRuns: 2,
    });
    expect(result.engine).toBe('minerals');
    expect(result.passages).toBe(60);
    expect(result.queries).toBe(40);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
    expect(result.persistedBytes).toBeGreaterThan(0);
    expect(result.peakRssMb).toBeGreaterThan(10);
  });

  test('an unknown engine fails with the worker message', async () => {
    await expect(
      runSpeedJob({ task: 'retriever', engine: 'nope', corpusFile, warmup: 1, loadRuns: 1 }),
    ).rejects.toThrow(/unknown engine "nope"/);
  });
});

test('a job past its time limit is killed and reported as a timeout', async () => {
  const job = runSpeedJob({ task: 'corpus-only', corpusFile: '/nonexistent' }, { timeoutSeconds: 0.001 });
  await expect(job).rejects.toBeInstanceOf(SpeedJobTimeout);
  await expect(job).rejects.toThrow(/did not finish within 0.001 s/);
});
