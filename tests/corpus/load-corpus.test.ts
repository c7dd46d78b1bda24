import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
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

/** Rewrites the saved snapshot's bytes (checksum left off) and saves them with a fresh, valid checksum. */
async function rewriteSnapshot(edit: (bytes: Uint8Array) => void) {
  const path = snapshotPath(corpus.dataDir);
  const file = new Uint8Array(await readFile(path));
  const bytes = file.subarray(0, file.byteLength - 4);
  edit(bytes);
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(crc32(bytes));
  await writeFile(path, Buffer.concat([bytes, sum]));
}

const HEADER_AT = 16;
const headerOf = (bytes: Uint8Array, at: number) =>
  new TextDecoder().decode(
    bytes.subarray(
      at + HEADER_AT,
      at + HEADER_AT + new DataView(bytes.buffer, bytes.byteOffset).getUint32(at + 8, true),
    ),
  );

/** Gives the snapshot header at `at` another version of the same width (so every length still holds). */
function bumpVersion(bytes: Uint8Array, at: number, step: 1 | -1) {
  const header = headerOf(bytes, at);
  const [found, number] = /"version":(\d+)/.exec(header)!;
  const other = `"version":${Number(number) + step}`;
  expect(other.length).toBe(found.length);
  bytes.set(new TextEncoder().encode(header.replace(found, other)), at + HEADER_AT);
}

/** Where the engine snapshot's `index` section (itself a snapshot: the search index's) starts. */
function indexSectionAt(bytes: Uint8Array) {
  const header = JSON.parse(headerOf(bytes, 0)) as { sections: Record<string, [number, number, string]> };
  const headLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  return ((HEADER_AT + headLength + 7) & ~7) + header.sections.index![0];
}

/** Files in data/ that no snapshot handling may touch, with their contents. */
const OTHERS = {
  'db.json': '{"digests":[{"at":"2026-12-01"}]}',
  'index.bin.notes': 'kept by hand',
  'other.bin.unreadable-1': 'not ours',
};
const writeOthers = () =>
  Promise.all(Object.entries(OTHERS).map(([name, text]) => writeFile(join(corpus.dataDir, name), text)));
async function expectOthersUntouched() {
  for (const [name, text] of Object.entries(OTHERS))
    expect(await readFile(join(corpus.dataDir, name), 'utf8')).toBe(text);
}

test.each([
  ['an older engine version', (bytes: Uint8Array) => bumpVersion(bytes, 0, -1)],
  ['a newer search index version', (bytes: Uint8Array) => bumpVersion(bytes, indexSectionAt(bytes), 1)],
])('a whole snapshot of %s is removed, not set aside, and the index rebuilt', async (_, edit) => {
  await writeOthers();
  await rewriteSnapshot(edit);
  const before = (await readdir(corpus.dataDir)).sort();
  const { engine, origin, logs } = await reload();
  expect(origin).toBe('built');
  expect(logs.filter((line) => line.includes('index snapshot'))).toEqual([
    expect.stringMatching(
      /index snapshot .*index\.bin is of another version .*; rebuilding the index \(removed it\)/,
    ),
  ]);
  expect(engine.ask(QUESTION)).toEqual(corpus.engine.ask(QUESTION));
  // Nothing set aside; the same names as before, index.bin now the rebuilt one.
  expect((await readdir(corpus.dataDir)).sort()).toEqual(before);
  await expectOthersUntouched();
  expect((await reload()).origin).toBe('snapshot');
});

test('a snapshot damaged twice leaves only the latest set-aside copy, and nothing else in data/ is touched', async () => {
  await writeOthers();
  const asides = async () =>
    (await readdir(corpus.dataDir)).filter((n) => n.startsWith('index.bin.unreadable-'));
  const damage = () =>
    readFile(snapshotPath(corpus.dataDir)).then((bytes) => {
      bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
      return writeFile(snapshotPath(corpus.dataDir), bytes);
    });
  await damage();
  expect((await reload()).origin).toBe('built');
  const [first] = await asides();
  expect(first).toBeDefined();
  await damage();
  const damaged = await readFile(snapshotPath(corpus.dataDir));
  const { origin, logs, engine } = await reload();
  expect(origin).toBe('built');
  expect(engine.ask(QUESTION)).toEqual(corpus.engine.ask(QUESTION));
  const kept = await asides();
  expect(kept).toHaveLength(1);
  expect(kept[0]).not.toBe(first);
  // The copy kept is the file just found damaged, byte for byte.
  expect(await readFile(join(corpus.dataDir, kept[0]!))).toEqual(damaged);
  expect(logs.join('\n')).toMatch(
    new RegExp(`removed the older set-aside copy ${first!.replace(/\./g, '\\.')}`),
  );
  await expectOthersUntouched();
});
