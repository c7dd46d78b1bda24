import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpus, snapshotPath } from '../../src/corpus/load-corpus.js';
import { tempCorpus } from './support/temp-corpus.js';

type Corpus = Awaited<ReturnType<typeof tempCorpus>>;
let corpus: Corpus;
beforeEach(async () => {
  corpus = await tempCorpus(3);
});
afterEach(() => corpus.cleanup());

const QUESTION = 'Who attended the ministerial?';

async function reload() {
  const logs: string[] = [];
  const loaded = await loadCorpus({
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    log: (line) => logs.push(line),
  });
  return { ...loaded, logs };
}

test('a restart restores the saved binary snapshot as it was', async () => {
  const { engine, origin, logs } = await reload();
  expect(origin).toBe('snapshot');
  expect(logs).toEqual([]);
  expect(engine.ask(QUESTION)).toEqual(corpus.engine.ask(QUESTION));
  expect(engine.hashes()).toEqual(corpus.engine.hashes());
  // Every article's entities, labels and lead come back as saved.
  for (const { file } of corpus.engine.articles())
    expect(engine.derivedOf(file)).toEqual(corpus.engine.derivedOf(file));
});

test('a damaged snapshot is set aside with a clear line and the index rebuilt, answering as before', async () => {
  const path = snapshotPath(corpus.dataDir);
  const bytes = await readFile(path);
  // One flipped byte deep in the postings or text: the checksum catches what the layout alone would not.
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = bytes[middle]! ^ 0xff;
  await writeFile(path, bytes);
  const { engine, origin, logs } = await reload();
  expect(origin).toBe('built');
  expect(logs.join('\n')).toMatch(
    /index snapshot .*index\.bin could not be used \(checksum mismatch.*\); rebuilding/,
  );
  expect(engine.ask(QUESTION)).toEqual(corpus.engine.ask(QUESTION));
  expect((await readdir(corpus.dataDir)).some((name) => name.startsWith('index.bin.unreadable-'))).toBe(true);
  // The rebuilt snapshot is whole again.
  expect((await reload()).origin).toBe('snapshot');
});

test('a snapshot cut short is rebuilt too', async () => {
  const path = snapshotPath(corpus.dataDir);
  const bytes = await readFile(path);
  await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 3)));
  const { origin, logs, engine } = await reload();
  expect(origin).toBe('built');
  expect(logs.join('\n')).toMatch(/could not be used/);
  expect(engine.ask(QUESTION)).toEqual(corpus.engine.ask(QUESTION));
});

test('an old JSON snapshot is not read: the index is rebuilt, saved in the new form, and the old file removed', async () => {
  await rm(snapshotPath(corpus.dataDir));
  const old = join(corpus.dataDir, 'index.json');
  await writeFile(old, JSON.stringify({ version: 5, articles: [], index: {}, derived: {} }));
  const { origin, logs, engine } = await reload();
  expect(origin).toBe('built');
  expect(logs.join('\n')).toMatch(/index\.json is in the old JSON format; rebuilding/);
  expect(engine.ask(QUESTION)).toEqual(corpus.engine.ask(QUESTION));
  expect(await readdir(corpus.dataDir)).not.toContain('index.json');
  expect((await reload()).origin).toBe('snapshot');
});
