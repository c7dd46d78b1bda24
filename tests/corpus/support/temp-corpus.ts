import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';

/**
 * A seeds/ and data/ pair in a temp folder, seeded with copies of the first `seedCount` real seed articles.
 */
export async function tempCorpus(seedCount = 2) {
  const root = await mkdtemp(join(tmpdir(), 'minerals-corpus-'));
  const seedsDir = join(root, 'seeds');
  const dataDir = join(root, 'data');
  await mkdir(seedsDir);
  const names = (await readdir('seeds'))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .slice(0, seedCount);
  for (const name of names) await cp(join('seeds', name), join(seedsDir, name));
  const { engine } = await loadCorpus({ seedsDir, dataDir });
  return {
    root,
    seedsDir,
    dataDir,
    engine,
    /** Every name in seeds/, temp files included. */
    listing: async () => (await readdir(seedsDir)).sort(),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Articles that only the tests write, each holding facts no seed holds. */
export const STORIES = {
  kabwe: {
    title: 'Kabwe smelter to refine germanium residue',
    paragraphs: [
      'The Kabwe smelter in Zambia will refine 42,000 tonnes of germanium residue a year from 2027, its operator Lusaka Minerals said on Monday.',
      'Lusaka Minerals chief executive Mwila Banda said the plant would supply germanium to fibre-optic makers in Europe and Japan.',
      'The project is financed by a 300 million dollar loan from the African Development Bank, according to the company statement.',
    ],
  },
  lobito: {
    title: 'Lobito corridor cuts cobalt shipping times',
    paragraphs: [
      'Cobalt exporters in the Copperbelt said on Tuesday that the Lobito rail corridor cut shipping times to Rotterdam by nine days.',
      'The corridor carried 160,000 tonnes of copper and cobalt concentrate in its first six months, the Angolan transport ministry said.',
      'Traders expect the route to handle 400,000 tonnes a year once a second track between Benguela and Luau is complete.',
    ],
  },
} as const;
