import { rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSnapshotSaver } from '../../src/corpus/create-snapshot-saver.js';
import { loadCorpus, readCorpusSnapshot, saveCorpusSnapshot } from '../../src/corpus/load-corpus.js';
import { readSourceFile } from '../../src/corpus/read-source-file.js';
import { watchSeeds, type AppliedBatch, type SeedsWatcher } from '../../src/corpus/watch-seeds.js';
import { STORIES, tempCorpus } from './support/temp-corpus.js';

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let watcher: SeedsWatcher;
let saver: ReturnType<typeof createSnapshotSaver>;
const logs: string[] = [];

beforeEach(async () => {
  corpus = await tempCorpus(2);
  saver = createSnapshotSaver({ save: () => saveCorpusSnapshot(corpus.engine, corpus.dataDir), delayMs: 20 });
  watcher = watchSeeds({
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    readSourceFile,
    onChange: saver.request,
    debounceMs: 30,
    log: (l) => logs.push(l),
  });
  await watcher.ready;
});
afterEach(async () => {
  await watcher.close();
  await saver.flush();
  await corpus.cleanup();
});

/** Resolves with the first batch that satisfies `check`. */
function batch(check: (b: AppliedBatch) => boolean): Promise<AppliedBatch> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching batch within 8 s')), 8000);
    const off = watcher.onBatch((b) => {
      if (!check(b)) return;
      clearTimeout(timer);
      off();
      resolve(b);
    });
  });
}

const kabwe = `${STORIES.kabwe.title}\n\n${STORIES.kabwe.paragraphs.join('\n\n')}\n`;
const question = 'How much germanium residue will the Kabwe smelter refine?';

test('a dropped file becomes answerable, a changed one is re-read, a deleted one disappears', async () => {
  expect(corpus.engine.ask(question).citations.some((c) => c.article === 'kabwe.txt')).toBe(false);

  const added = batch((b) => b.upserted.includes('kabwe.txt'));
  await writeFile(join(corpus.seedsDir, 'kabwe.txt'), kabwe);
  await added;
  const answer = corpus.engine.ask(question);
  expect(answer.found).toBe(true);
  expect(answer.citations[0]?.article).toBe('kabwe.txt');
  expect(answer.citations[0]?.quote).toMatch(/42,000 tonnes of germanium residue/);

  const changed = batch((b) => b.upserted.includes('kabwe.txt'));
  await writeFile(join(corpus.seedsDir, 'kabwe.txt'), kabwe.replace('42,000', '57,000'));
  await changed;
  expect(corpus.engine.ask(question).citations[0]?.quote).toMatch(/57,000 tonnes/);

  const removed = batch((b) => b.removed.includes('kabwe.txt'));
  await rm(join(corpus.seedsDir, 'kabwe.txt'));
  await removed;
  expect(corpus.engine.article('kabwe.txt')).toBeUndefined();
  expect(corpus.engine.ask(question).citations.some((c) => c.article === 'kabwe.txt')).toBe(false);
});

test('the saved snapshot follows the folder and reloads without a rebuild', async () => {
  const added = batch((b) => b.upserted.includes('kabwe.txt'));
  await writeFile(join(corpus.seedsDir, 'kabwe.txt'), kabwe);
  await added;
  await saver.flush();
  const saved = await readCorpusSnapshot(corpus.dataDir);
  expect(Object.keys(saved.hashes())).toContain('kabwe.txt');
  const reloaded = await loadCorpus({ seedsDir: corpus.seedsDir, dataDir: corpus.dataDir });
  expect(reloaded.origin).toBe('snapshot');
  expect(reloaded.engine.ask(question).citations[0]?.article).toBe('kabwe.txt');
});

test('a binary file, temp files and other extensions are ignored; the watcher keeps working', async () => {
  const before = corpus.engine.articles().length;
  const skipped = batch(() => true);
  await writeFile(
    join(corpus.seedsDir, 'scan.txt'),
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff, 0xfe]),
  );
  await writeFile(join(corpus.seedsDir, '.kabwe.txt.123.tmp'), kabwe);
  await writeFile(join(corpus.seedsDir, 'notes.json'), '{}');
  await skipped;
  expect(corpus.engine.articles().length).toBe(before);
  expect(logs.some((l) => /scan\.txt is not UTF-8 text/.test(l))).toBe(true);

  const added = batch((b) => b.upserted.includes('kabwe.txt'));
  await writeFile(join(corpus.seedsDir, 'kabwe.txt'), kabwe);
  await added;
  expect(corpus.engine.articles().length).toBe(before + 1);
});

test('at start-up, articles whose files vanished are dropped and unchanged files are not re-indexed', async () => {
  await watcher.close();
  const [first] = await corpus.listing();
  await rm(join(corpus.seedsDir, first!));
  const seen: AppliedBatch[] = [];
  watcher = watchSeeds({ engine: corpus.engine, seedsDir: corpus.seedsDir, readSourceFile, debounceMs: 30 });
  watcher.onBatch((b) => seen.push(b));
  await watcher.ready;
  expect(corpus.engine.article(first!)).toBeUndefined();
  expect(seen.flatMap((b) => b.upserted)).toEqual([]);
  expect(seen.flatMap((b) => b.removed)).toEqual([first]);
});

test('ready resolves to the seeds listing as the engine then holds it: a file added meanwhile in, a vanished one out', async () => {
  await watcher.close();
  const [first, second] = await corpus.listing();
  await rm(join(corpus.seedsDir, first!));
  // Written before the watch and settled, so the start-up reconciliation indexes it.
  const then = new Date(Date.now() - 60_000);
  await writeFile(join(corpus.seedsDir, 'kabwe.txt'), kabwe);
  await utimes(join(corpus.seedsDir, 'kabwe.txt'), then, then);
  watcher = watchSeeds({ engine: corpus.engine, seedsDir: corpus.seedsDir, readSourceFile, debounceMs: 30 });
  const listed = await watcher.ready;
  expect(listed.map((s) => s.name)).toEqual(['kabwe.txt', second!].sort());
  for (const { name, size, mtimeMs } of listed)
    expect(corpus.engine.stamp(name)).toMatchObject({ size, mtimeMs });
});
