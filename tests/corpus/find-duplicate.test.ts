import { readFile } from 'node:fs/promises';
import {
  createDuplicateFinder,
  jaccard,
  NEAR_DUPLICATE_JACCARD,
  shingles,
} from '../../src/corpus/find-duplicate.js';
import { readSeedFiles } from '../../src/corpus/read-source-file.js';
import { createEngine } from '../../src/engine/index.js';
import { STORIES } from './support/temp-corpus.js';

test('shingle Jaccard: identical 1, light edits high, different stories low', () => {
  const a = shingles(STORIES.kabwe.paragraphs.join(' '));
  expect(jaccard(a, shingles(STORIES.kabwe.paragraphs.join('\n').toUpperCase()))).toBe(1);
  expect(
    jaccard(a, shingles(`${STORIES.kabwe.paragraphs.join(' ')} (Reporting by the wire desk)`)),
  ).toBeGreaterThan(NEAR_DUPLICATE_JACCARD);
  expect(jaccard(a, shingles(STORIES.lobito.paragraphs.join(' ')))).toBeLessThan(0.1);
  expect(jaccard(a, new Set())).toBe(0);
});

test('the five seed articles, all about the same ministerial, are not duplicates of one another', async () => {
  const { engine } = createEngine(await readSeedFiles('seeds'));
  const finder = createDuplicateFinder(engine);
  for (const { file } of engine.articles()) {
    const article = engine.article(file)!;
    expect(
      finder.find({ urls: [article.url], paragraphs: article.paragraphs.map((p) => p.text), self: file }),
    ).toBeNull();
  }
});

test('a syndicated copy of a seed with a new headline and footer is found, by text', async () => {
  const files = await readSeedFiles('seeds');
  const { engine } = createEngine(files);
  // A seed with little page clutter, so its raw lines are close to its parsed paragraphs (not "the newest":
  // dates change).
  const original = engine
    .articles()
    .map((a) => a.file)
    .sort()[0]!;
  const text = await readFile(`seeds/${original}`, 'utf8');
  const paragraphs = [
    'Wire copy: a new headline for the same story',
    ...text.split(/\n+/).filter(Boolean),
    '(With inputs from agencies)',
  ];
  const found = createDuplicateFinder(engine).find({ urls: ['https://mirror.test/story'], paragraphs });
  expect(found).toMatchObject({ file: original, reason: 'text' });
});

test('a URL match wins regardless of text', () => {
  const body = new TextEncoder().encode(
    `---\ntitle: T\nurl: https://www.news.test/a/?utm_source=x\n---\n${STORIES.lobito.paragraphs.join('\n\n')}\n`,
  );
  const { engine } = createEngine([{ name: 'a.txt', bytes: body }]);
  expect(
    createDuplicateFinder(engine).find({
      urls: ['http://news.test/a#top'],
      paragraphs: ['something else entirely'],
    }),
  ).toMatchObject({ file: 'a.txt', reason: 'url' });
});
