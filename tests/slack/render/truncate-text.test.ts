import { escapeAndTruncate, truncateText } from '../../../src/slack/render/truncate-text.js';

test('text that fits is unchanged', () => {
  expect(truncateText('short text', 10)).toBe('short text');
});

test('cuts at a word boundary and appends an ellipsis within the limit', () => {
  const out = truncateText('the quick brown fox jumps over the lazy dog', 20);
  expect(out).toBe('the quick brown fox…');
  expect(out.length).toBeLessThanOrEqual(20);
});

test('a single huge word is cut hard without splitting a surrogate pair', () => {
  const out = truncateText('a' + '😀'.repeat(20), 8);
  expect(out.length).toBeLessThanOrEqual(8);
  expect(out.endsWith('…')).toBe(true);
  expect(() => encodeURIComponent(out)).not.toThrow();
});

test('escapeAndTruncate keeps the escaped result within the limit and never halves an entity', () => {
  const raw = '<<<< &&&& >>>> '.repeat(50);
  const out = escapeAndTruncate(raw, 100);
  expect(out.length).toBeLessThanOrEqual(100);
  expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
  expect(out).not.toMatch(/[<>]/);
});
