import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSourceFile, statSeedFiles } from '../../src/corpus/read-source-file.js';
import { watchSeedEvents } from '../../src/corpus/watch-seed-events.js';
import { watchSeeds, type SeedsWatcher } from '../../src/corpus/watch-seeds.js';
import { STORIES, tempCorpus } from './support/temp-corpus.js';

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let watcher: SeedsWatcher | undefined;
beforeEach(async () => {
  corpus = await tempCorpus(2);
});
afterEach(async () => {
  await watcher?.close();
  await corpus.cleanup();
});

const story = (s: { title: string; paragraphs: readonly string[] }) =>
  `${s.title}\n\n${s.paragraphs.join('\n\n')}\n`;
const settled = async (path: string) => {
  const then = new Date(Date.now() - 60_000);
  await utimes(path, then, then);
};

test('a watcher started from an earlier watch and the listing taken after it applies what changed since, stat-ing nothing else', async () => {
  // Left out of the listing on purpose: a watcher that listed the folder again would index it.
  const unlisted = join(corpus.seedsDir, 'unlisted.txt');
  await writeFile(unlisted, story(STORIES.kabwe).replace('Kabwe', 'Mansa'));
  await settled(unlisted);
  const events = watchSeedEvents(corpus.seedsDir);
  const listed = (await statSeedFiles(corpus.seedsDir)).filter((s) => s.name !== 'unlisted.txt');
  // Changed after the listing, while the (slow) load would be going on: only the watch knows.
  const kabwe = join(corpus.seedsDir, 'kabwe.txt');
  await writeFile(kabwe, story(STORIES.kabwe));
  await settled(kabwe);
  await new Promise((resolve) => setTimeout(resolve, 100));
  watcher = watchSeeds({
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    readSourceFile,
    debounceMs: 30,
    started: { events, listed },
  });
  const ready = await watcher.ready;
  expect(corpus.engine.article('kabwe.txt')).toBeDefined();
  expect(corpus.engine.article('unlisted.txt')).toBeUndefined();
  expect(ready.map((s) => s.name)).toEqual([...listed.map((s) => s.name), 'kabwe.txt'].sort());
});

test('names the watch reports before they are taken are kept once each; later ones go straight through', async () => {
  const events = watchSeedEvents(corpus.seedsDir);
  try {
    await writeFile(join(corpus.seedsDir, 'a.txt'), 'A\n\nOne.\n');
    await writeFile(join(corpus.seedsDir, 'a.txt'), 'A\n\nTwo.\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const later: string[] = [];
    expect(events.take((name) => later.push(name))).toEqual(['a.txt']);
    await writeFile(join(corpus.seedsDir, 'b.txt'), 'B\n\nThree.\n');
    const deadline = Date.now() + 5000;
    while (!later.includes('b.txt') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(later).toContain('b.txt');
    expect(later).not.toContain('a.txt');
  } finally {
    events.close();
  }
});
