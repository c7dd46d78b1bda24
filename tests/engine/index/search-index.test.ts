import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchIndex,
} from '../../../src/engine/index/search-index.js';
import { analyzeText } from '../../../src/engine/index/analyze-text.js';
import { SnapshotVersionError } from '../../../src/engine/snapshot/snapshot-version-error.js';
import { selectTop } from '../../../src/engine/index/select-top.js';

// Paragraphs of the real seed articles, one document each.
const seedParagraphs = readdirSync('seeds').flatMap((file) =>
  readFileSync(join('seeds', file), 'utf8')
    .split(/\n+/)
    .map((text, i) => ({ id: `${file}#${i}`, text }))
    .filter((p) => p.text.trim().length > 40),
);

function indexOf(weighting: 'bm25' | 'tfidf'): SearchIndex {
  const index = createSearchIndex({ weighting });
  for (const p of seedParagraphs) index.add(p.id, p.text);
  return index;
}

describe('analyzeText', () => {
  test('joins spaced and joined names, hyphenated compounds and spelling variants', () => {
    expect(analyzeText('PaxSilica')).toEqual(expect.arrayContaining(analyzeText('Pax Silica')));
    expect(analyzeText('India-US')).toEqual(expect.arrayContaining(analyzeText('India US')));
    expect(analyzeText('organised defence')).toEqual(analyzeText('organized defense'));
    expect(analyzeText('“quoted”')).toEqual(analyzeText('"quoted"'));
  });
  test('keeps the US acronym and numbers with separators', () => {
    expect(analyzeText('What does the US want')).toContain('us');
    expect(analyzeText('₹7,280 crore')).toEqual(expect.arrayContaining(['7280', 'rupee']));
    expect(analyzeText('25% tariffs')).toEqual(expect.arrayContaining(['25', 'percent']));
  });
  test('drops stop words and stems', () => {
    expect(analyzeText('the ministers were attending')).toEqual(['minist', 'attend']);
  });
});

describe.each(['bm25', 'tfidf'] as const)('search index (%s)', (weighting) => {
  const index = indexOf(weighting);

  test('ranks the paragraph that names the alliance first', () => {
    const [top] = index.search('Pax Silica alliance');
    expect(top).toBeDefined();
    expect(seedParagraphs.find((p) => p.id === top!.id)!.text).toMatch(/PaxSilica|Pax Silica/);
  });

  test('scores are descending and limited', () => {
    const hits = index.search('critical minerals supply chain', { limit: 5 });
    expect(hits).toHaveLength(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  test('unknown and stop-word queries find nothing', () => {
    expect(index.search('zzzyzzx')).toEqual([]);
    expect(index.search('the of and')).toEqual([]);
  });

  test('JSON round trip gives identical results', () => {
    const copy = loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())));
    for (const q of ['Who attended the ministerial?', 'rare earth magnets', 'Sergio Gor']) {
      const [before, after] = [index.search(q), copy.search(q)];
      expect(after.map((h) => h.id)).toEqual(before.map((h) => h.id));
      after.forEach((hit, i) => expect(hit.score).toBeCloseTo(before[i]!.score, 9));
    }
    expect(copy.size).toBe(index.size);
  });
});

test('remove and re-add keep results consistent with a fresh build', () => {
  const index = indexOf('bm25');
  const victim = seedParagraphs[3]!;
  expect(index.remove(victim.id)).toBe(true);
  expect(index.remove(victim.id)).toBe(false);
  expect(index.search('Pax Silica').some((h) => h.id === victim.id)).toBe(false);
  index.add(victim.id, victim.text);
  const fresh = indexOf('bm25');
  const ids = (i: SearchIndex) =>
    i
      .search('critical minerals Vaishnaw', { limit: 20 })
      .map((h) => h.id)
      .sort();
  expect(ids(index)).toEqual(ids(fresh));
  const reloaded = loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())));
  reloaded.remove(victim.id);
  expect(reloaded.has(victim.id)).toBe(false);
  expect(reloaded.size).toBe(fresh.size - 1);
});

test("words named like an object's own properties are words ('constructor' once indexed as a function)", () => {
  expect(analyzeText('the constructor said toString and valueOf', { stem: false, stopWords: true })).toEqual([
    'constructor',
    'string',
    'tostring',
    'value',
    'valueof',
  ]);
  const index = createSearchIndex();
  index.add('a', 'The constructor of the Kabwe smelter said hasOwnProperty checks passed.');
  index.add('b', 'Cobalt prices rose.');
  const copy = loadSearchIndex(index.toBytes());
  expect(copy.search('constructor').map((h) => h.id)).toEqual(['a']);
  expect(copy.search('hasOwnProperty').map((h) => h.id)).toEqual(['a']);
});

test('binary round trip gives identical results, and survives changes on either side', () => {
  const index = indexOf('bm25');
  const copy = loadSearchIndex(index.toBytes());
  const queries = [
    'Who attended the ministerial?',
    'rare earth magnets',
    'Sergio Gor',
    'critical minerals Vaishnaw',
  ];
  for (const q of queries) expect(copy.search(q)).toEqual(index.search(q));
  const victim = seedParagraphs[3]!;
  for (const i of [index, copy]) {
    i.remove(victim.id);
    i.add('extra', 'Rare earth magnets from Kabwe were shipped.');
  }
  for (const q of queries) {
    const [before, after] = [index.search(q), copy.search(q)];
    expect(after.map((h) => h.id)).toEqual(before.map((h) => h.id));
    after.forEach((hit, n) => expect(hit.score).toBeCloseTo(before[n]!.score, 9));
  }
  // The copy's changes did not write into the bytes it was restored from.
  const again = loadSearchIndex(loadSearchIndex(index.toBytes()).toBytes());
  expect(again.search('rare earth magnets')).toEqual(copy.search('rare earth magnets'));
});

test('a snapshot of another version is refused', () => {
  expect(() => loadSearchIndex({ version: 999, ids: [], postings: {}, options: {} })).toThrow(/unsupported/);
  expect(() => loadSearchIndex({ version: 999, ids: [], postings: {}, options: {} })).toThrow(
    SnapshotVersionError,
  );
});

test('vectorize is L2-normalised', () => {
  const v = indexOf('bm25').vectorize('critical minerals ministerial in Washington');
  const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  expect(norm).toBeCloseTo(1, 6);
});

test('selectTop matches a full sort', () => {
  const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1009);
  const top = selectTop(values, 10, (v) => v).map((r) => r.score);
  expect(top).toEqual([...values].sort((a, b) => b - a).slice(0, 10));
});

test('a search keeps the best hits of every match, ties in the order they were found', () => {
  // A synthetic wire: 600 short stories from a small vocabulary, many of them word for word the same (exact
  // ties), under a few shared titles, so body and title scores both tie and add up.
  const words = [
    'cocoa',
    'oil',
    'bank',
    'rates',
    'rise',
    'fall',
    'output',
    'talks',
    'opec',
    'bahia',
    'crop',
    'net',
  ];
  const titles = ['BAHIA COCOA REVIEW', 'OPEC OUTPUT TALKS', 'BANK RATES RISE', 'CROP NET FALL'];
  const index = createSearchIndex();
  for (let n = 0; n < 600; n++) {
    const text = Array.from(
      { length: 3 + (n % 5) },
      (_, k) => words[((n * 7 + k * k * 3) % 11) % words.length],
    ).join(' ');
    index.add(`s${n}`, text, {
      group: `g${n % 50}`,
      title: titles[(n % 50) % titles.length]!,
      lead: n % 3 === 0,
    });
  }
  for (const q of ['bahia cocoa review', 'opec output rise', 'bank rates', 'net crop fall talks']) {
    const all = index.search(q, { limit: 100_000 });
    expect(all.length).toBeGreaterThan(100);
    for (let i = 1; i < all.length; i++) expect(all[i]!.score).toBeLessThanOrEqual(all[i - 1]!.score);
    expect(new Set(all.map((h) => h.score)).size).toBeLessThan(all.length / 2);
    for (const limit of [1, 5, 40]) expect(index.search(q, { limit })).toEqual(all.slice(0, limit));
  }
});
