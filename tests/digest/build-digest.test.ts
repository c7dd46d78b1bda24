import { buildDigest } from '../../src/digest/build-digest.js';
import { groupStories } from '../../src/digest/group-stories.js';
import type { DigestStory } from '../../src/digest/digest-types.js';
import type { Engine } from '../../src/engine/index.js';
import { seedEngine } from '../support/seed-engine.js';

const FINANCE = [
  '000_fb5fa35de228f7ba.txt',
  '001_e7e21ca0223c7a17.txt',
  '002_a38ee5b1dece2603.txt',
  '004_44a8a71026a62bf2.txt',
];
const STATE = '003_fe97af42c7f32f58.txt';
const window = { from: null, to: '2026-02-05T08:00:00.000Z' };

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

const filesOf = (story: DigestStory | undefined) => story?.sources.map((s) => s.file).sort() ?? [];

test('the five seeds give one Finance Ministerial story with its reports, and keep the State Department ministerial apart', () => {
  const digest = buildDigest(engine, { exclude: new Set(), window });
  const finance = digest.stories.find((s) => s.sources.some((src) => src.file === FINANCE[2]));
  expect(filesOf(finance)).toEqual(FINANCE);
  expect(finance?.event).toMatch(/Finance Ministerial/);
  expect(finance?.people).toEqual(expect.arrayContaining(['Scott Bessent', 'Ashwini Vaishnaw']));
  expect(finance?.dates).toContain('2026-01-12');

  const state = digest.stories.find((s) => s.sources.some((src) => src.file === STATE));
  expect(state).not.toBe(finance);
  expect(filesOf(state)).toEqual([STATE]);
  expect(state?.people).toContain('Marco Rubio');
  // Names from paragraphs about another event stay out of a story's facts.
  expect(finance?.people).not.toContain('Michael Kratsios');
  expect(state?.people).not.toContain('Scott Bessent');
  // Heaviest first: four sources beat one.
  expect(digest.stories[0]).toBe(finance);
  expect(digest.articles).toHaveLength(5);
});

test('key sentences are verbatim passages of the story, two or three, each from a cited source', () => {
  const digest = buildDigest(engine, { exclude: new Set(), window });
  for (const story of digest.stories) {
    expect(story.keySentences.length).toBeGreaterThanOrEqual(Math.min(2, story.sources.length + 1));
    expect(story.keySentences.length).toBeLessThanOrEqual(3);
    for (const key of story.keySentences) {
      const passage = engine.article(key.article)?.passages.find((p) => p.id === key.passageId);
      expect(passage?.text).toBe(key.quote);
      expect(story.sources[key.sourceIndex]?.file).toBe(key.article);
    }
  }
  const finance = digest.stories[0]!;
  expect(new Set(finance.keySentences.map((k) => k.article)).size).toBeGreaterThan(1);
});

test('articles already posted are left out; nothing new means no stories', () => {
  const posted = new Set(FINANCE.map((file) => `${file}@${engine.hashes()[file]}`));
  const rest = buildDigest(engine, { exclude: posted, window });
  expect(rest.stories.map(filesOf)).toEqual([[STATE]]);
  const all = new Set(Object.entries(engine.hashes()).map(([file, hash]) => `${file}@${hash}`));
  expect(buildDigest(engine, { exclude: all, window }).stories).toEqual([]);
  // An edited article (new hash) counts as new again.
  expect(
    buildDigest(engine, { exclude: new Set([...all].map((k) => k.replace(/@.*/, '@old'))), window }).articles,
  ).toHaveLength(5);
});

test('grouping averages over whole groups, so one bridging article does not chain two stories', () => {
  // A and B report one event; C shares a background paragraph with B only.
  const sim = [
    [1, 0.9, 0.0],
    [0.9, 1, 0.35],
    [0.0, 0.35, 1],
  ];
  expect(groupStories(sim, 0.3)).toEqual([[0, 1], [2]]);
  // (0 + 0.35) / 2 = 0.175 is the group-average link to C.
  expect(groupStories(sim, 0.17)).toEqual([[0, 1, 2]]);
  expect(groupStories(sim, 0.18)).toEqual([[0, 1], [2]]);
});
