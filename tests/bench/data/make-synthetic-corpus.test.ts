import {
  createRandom,
  makeQueries,
  makeSyntheticCorpus,
  wordStream,
} from '../../../src/bench/data/make-synthetic-corpus.js';
import { splitSentences, toPassages } from '../../../src/bench/data/split-sentences.js';

describe('synthetic corpus', () => {
  const words = wordStream(['Cocoa prices rose in Bahia.', 'Oil PRICES fell; cocoa held.']);

  test('word stream keeps frequencies, lower-cased', () => {
    expect(words).toEqual([
      'cocoa',
      'prices',
      'rose',
      'in',
      'bahia',
      'oil',
      'prices',
      'fell',
      'cocoa',
      'held',
    ]);
  });

  test('same seed, same corpus; other seed, other corpus', () => {
    const a = makeSyntheticCorpus({ words, count: 50, seed: 1 });
    expect(makeSyntheticCorpus({ words, count: 50, seed: 1 })).toEqual(a);
    expect(makeSyntheticCorpus({ words, count: 50, seed: 2 })).not.toEqual(a);
    expect(a).toHaveLength(50);
    for (const doc of a) {
      const n = doc.text.split(' ').length;
      expect(n).toBeGreaterThanOrEqual(8);
      expect(n).toBeLessThanOrEqual(40);
      doc.text
        .replace('.', '')
        .split(' ')
        .forEach((w) => expect(words).toContain(w));
    }
  });

  test('PRNG is uniform-ish in [0, 1)', () => {
    const random = createRandom(42);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(0.5, 1);
  });

  test('every query takes all its words from one passage', () => {
    const docs = makeSyntheticCorpus({ words, count: 20, seed: 3 });
    const queries = makeQueries(docs, 30, 4);
    expect(queries).toHaveLength(30);
    for (const q of queries)
      expect(docs.some((d) => q.split(' ').every((w) => d.text.split(/[ .]/).includes(w)))).toBe(true);
  });
});

describe('sentence passages', () => {
  test('offsets slice back to the sentence', () => {
    const text = '  Prices rose. Output fell sharply!  Why? ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Prices rose.', 'Output fell sharply!', 'Why?']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('stories become numbered sentence passages with wrapped lines joined', () => {
    expect(toPassages([{ id: '7', body: 'Prices rose\nsharply. Output fell.' }])).toEqual([
      { id: '7.0', text: 'Prices rose sharply.' },
      { id: '7.1', text: 'Output fell.' },
    ]);
  });
});
