import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEngine } from '../../src/corpus/build-engine.js';
import { readSourceFile } from '../../src/corpus/read-source-file.js';
import { readReuters } from '../../src/bench/data/read-reuters.js';
import { createEngine, type SourceFile } from '../../src/engine/index.js';
import { seedFiles } from '../support/seed-engine.js';

// Reuters-21578 is read from the shared bench folder, never copied into the repository.
const REUTERS = new URL('../../../shared/bench/reuters21578', import.meta.url).pathname;

let dir: string;
let names: string[];
let expected: Uint8Array;
const read = (list: string[]): Promise<SourceFile[]> =>
  Promise.all(list.map((name) => readSourceFile(join(dir, name), dir)));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minerals-build-'));
  const stories = (await readReuters(REUTERS, { maxFiles: 1 })).slice(0, 200);
  for (const s of stories) await writeFile(join(dir, `reuters-${s.id}.txt`), `${s.title}\n\n${s.body}`);
  for (const seed of await seedFiles()) await writeFile(join(dir, seed.name), seed.bytes);
  names = [...stories.map((s) => `reuters-${s.id}.txt`), ...(await seedFiles()).map((f) => f.name)].sort();
  expected = createEngine(await read(names)).engine.toBytes();
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

// A machine with one core always builds in one thread.
const withTwoCores = availableParallelism() > 1 ? test : test.skip;

describe('buildEngine', () => {
  withTwoCores(
    'deriving in a worker thread builds the same snapshot bytes as one thread, saying nothing',
    async () => {
      const logs: string[] = [];
      const built = await buildEngine(names, read, { log: (line) => logs.push(line), workerMinFiles: 0 });
      expect(built.derivedInWorker).toBe(true);
      expect(logs).toEqual([]);
      const { engine } = built;
      expect(Buffer.from(engine.toBytes()).equals(Buffer.from(expected))).toBe(true);
    },
  );

  test('below the threshold, no thread is started', async () => {
    const built = await buildEngine(names, read, { log: () => undefined, workerMinFiles: names.length + 1 });
    expect(built.derivedInWorker).toBe(false);
    expect(Buffer.from(built.engine.toBytes()).equals(Buffer.from(expected))).toBe(true);
  });

  withTwoCores(
    'a worker thread that fails (out of memory) costs one log line, and the build derives in place',
    async () => {
      const logs: string[] = [];
      const { engine, derivedInWorker } = await buildEngine(names, read, {
        log: (line) => logs.push(line),
        workerMinFiles: 0,
        workerMemoryMb: 1,
      });
      expect(derivedInWorker).toBe(false);
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/worker thread failed .*deriving them here instead/);
      expect(Buffer.from(engine.toBytes()).equals(Buffer.from(expected))).toBe(true);
    },
  );

  withTwoCores('files that cannot be read fail the build as before, leaving no thread behind', async () => {
    const logs: string[] = [];
    const unreadable = () => Promise.reject(new Error('EACCES: cannot read seeds'));
    const threads = readdirSync('/proc/self/task').length;
    await expect(
      buildEngine(names, unreadable, { log: (line) => logs.push(line), workerMinFiles: 0 }),
    ).rejects.toThrow('EACCES');
    expect(logs).toEqual([]);
    // The worker thread started for the build is gone with it.
    expect(readdirSync('/proc/self/task')).toHaveLength(threads);
  });
});
