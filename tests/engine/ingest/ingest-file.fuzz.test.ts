import { readFileSync, readdirSync } from 'node:fs';
import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import { MAX_PASSAGE } from '../../../src/engine/ingest/split-sentences.js';

/** Deterministic pseudo-random numbers, so a failure always reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const seedLines = readdirSync('seeds').flatMap((name) => readFileSync(`seeds/${name}`, 'utf8').split('\n'));
const pieces = [
  ...seedLines,
  '',
  '',
  '---',
  'title: x',
  '• ',
  '- ',
  '"',
  '“',
  '”',
  'U.S.',
  'Mr.',
  'No. 5',
  '?',
  '...',
  '\r',
  '\t',
  '\u00a0',
  '\uFEFF',
  'Reader Comments',
  'Share this article',
  'Read Now',
  'Washington DC, January 13',
  '- ANI',
  'On Monday',
  '## Heading',
];

test('random mixtures of article lines, clutter and odd characters never throw, and every passage slices the text', () => {
  const next = random(42);
  for (let round = 0; round < 300; round++) {
    const count = Math.floor(next() * 30);
    const parts = Array.from({ length: count }, () => {
      const piece = pieces[Math.floor(next() * pieces.length)]!;
      return next() < 0.2 ? piece.slice(0, Math.floor(next() * piece.length)) : piece;
    });
    const text = parts.join(next() < 0.5 ? '\n' : next() < 0.5 ? '\r\n' : ' ');
    const name = `fuzz-${round}.txt`;
    const result = ingestFile({ name, bytes: new TextEncoder().encode(text) });
    // One expectation per property and round, over all its warnings or passages (not one per passage).
    expect(result.warnings.map((w) => w.file)).toEqual(result.warnings.map(() => name));
    if (!result.article) {
      expect(result.warnings.length).toBeGreaterThan(0);
      continue;
    }
    const passages = result.article.passages;
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual(passages.map((p) => p.text));
    expect(passages.map((p) => p.text.trim())).toEqual(passages.map((p) => p.text));
    const lengths = passages.map((p) => p.text.length);
    expect(Math.min(...lengths)).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_PASSAGE);
  }
});
