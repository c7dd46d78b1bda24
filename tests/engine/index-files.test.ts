import { readReuters } from '../../src/bench/data/read-reuters.js';
import {
  createDerivedPart,
  createEngine,
  indexFiles,
  type EngineOptions,
  type SourceFile,
} from '../../src/engine/index.js';
import { seedFiles } from '../support/seed-engine.js';
import { syntheticArticle } from '../support/synthetic-article.js';

// Reuters-21578 is read from the shared bench folder, never copied into the repository.
const REUTERS = new URL('../../../shared/bench/reuters21578', import.meta.url).pathname;
const QUESTIONS = [
  'Who attended the ministerial?',
  'What did the minister say about prices?',
  'When was the agreement signed?',
  'How much cocoa did Brazil export?',
];

let files: SourceFile[];
let single: ReturnType<typeof createEngine>;
let singleBytes: Uint8Array;

beforeAll(async () => {
  const stories = (await readReuters(REUTERS, { maxFiles: 1 })).slice(0, 300);
  const reuters = stories.map((s) => syntheticArticle(`reuters-${s.id}.txt`, `${s.title}\n\n${s.body}`));
  files = [...(await seedFiles()), ...reuters];
  single = createEngine(files);
  singleBytes = single.engine.toBytes();
}, 120_000);

/** The derived part as a worker thread computes it: from copies of the articles, handed over in batches. */
function splitBuild(input: SourceFile[], partFiles = input, options: Partial<EngineOptions> = {}) {
  const part = createDerivedPart(options.index);
  const indexed = indexFiles(input, options, (articles) => {
    if (partFiles === input) part.add(structuredClone(articles));
  });
  if (partFiles !== input) indexFiles(partFiles, options, (articles) => part.add(structuredClone(articles)));
  return { indexed, bytes: part.toBytes() };
}

describe('a cold build whose derived data is computed apart', () => {
  test('saves the same snapshot bytes and answers as a build in one thread, and used the part', () => {
    const { indexed, bytes } = splitBuild(files);
    const { engine, derivedUsed } = indexed.complete(bytes);
    expect(derivedUsed).toBe(true);
    expect(Buffer.from(engine.toBytes()).equals(Buffer.from(singleBytes))).toBe(true);
    expect(indexed.warnings).toEqual(single.warnings);
    for (const question of QUESTIONS) expect(engine.ask(question)).toEqual(single.engine.ask(question));
    // Articles that name no event borrowed a lead through the finished part, as in one thread.
    const borrowed = engine
      .articles()
      .filter((a) => (engine.derivedOf(a.file) as { borrowedFrom?: string | null }).borrowedFrom);
    expect(borrowed.length).toBeGreaterThan(0);
    const names = engine.articles().map((a) => a.file);
    expect(names.map((file) => [file, engine.derivedOf(file)])).toEqual(
      names.map((file) => [file, single.engine.derivedOf(file)]),
    );
  });

  test('a part of other articles is refused and the data derived in place, with the same bytes', () => {
    const { indexed, bytes } = splitBuild(files, files.slice(1));
    const { engine, derivedUsed } = indexed.complete(bytes);
    expect(derivedUsed).toBe(false);
    expect(Buffer.from(engine.toBytes()).equals(Buffer.from(singleBytes))).toBe(true);
  });

  test('a part counted under other analysis options, or damaged, is refused', () => {
    const other = splitBuild(files.slice(0, 20), files.slice(0, 20), { index: { stem: false } }).bytes;
    expect(indexFiles(files.slice(0, 20)).complete(other).derivedUsed).toBe(false);
    const { indexed, bytes } = splitBuild(files.slice(0, 20));
    expect(indexed.complete(bytes.subarray(0, bytes.length - 9)).derivedUsed).toBe(false);
  });

  test('without a part, the second half derives the data itself, with the same bytes', () => {
    const { engine, derivedUsed } = indexFiles(files).complete();
    expect(derivedUsed).toBe(false);
    expect(Buffer.from(engine.toBytes()).equals(Buffer.from(singleBytes))).toBe(true);
  });

  test('hands every article over once, in order, the last batch marked even when the last file is skipped', () => {
    const input = [...files, syntheticArticle('zz-empty.txt', '')];
    const calls: Array<{ files: string[]; last: boolean }> = [];
    const { engine } = indexFiles(input, {}, (articles, last) =>
      calls.push({ files: articles.map((a) => a.file), last }),
    ).complete();
    expect(calls.map((c) => c.last)).toEqual([...calls.slice(1).map(() => false), true]);
    expect(calls.flatMap((c) => c.files)).toEqual(
      input.map((f) => f.name).filter((name) => engine.article(name)),
    );
    expect(engine.articles()).toHaveLength(files.length);
    expect(calls.flatMap((c) => c.files)).not.toContain('zz-empty.txt');
  });
});
