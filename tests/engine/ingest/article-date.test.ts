import { readFileSync, readdirSync } from 'node:fs';
import { findDates } from '../../../src/engine/ingest/find-dates.js';
import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import { speaksOfFuture } from '../../../src/engine/ingest/speaks-of-future.js';
import { articleDate, type Article } from '../../../src/engine/types.js';

const seed = (prefix: string): Article => {
  const name = readdirSync('seeds').find((n) => n.startsWith(prefix))!;
  return ingestFile({ name, bytes: new Uint8Array(readFileSync(`seeds/${name}`)) }).article!;
};
const base = { dateline: null, updated: null, frontMatter: null, yearText: '' };

describe("an article's own date", () => {
  test('never comes from a future event the body announces (seed 001 announces a summit on February 19–20)', () => {
    const article = seed('001');
    expect(article.published).toBeNull();
    expect(article.eventDates).toContain('2026-02-19');
    expect(articleDate(article)).not.toBe('2026-02-19');
    expect(articleDate(article)).toBeNull();
  });

  test('is the latest date the body reports as having happened when nothing states publication', () => {
    expect(articleDate(seed('004'))).toBe('2026-01-12');
    const dates = findDates({
      ...base,
      paragraphs: [
        'The alliance launched in December 2025. Talks were held on 12 January 2026.',
        'Leaders will meet again on 3 March 2026.',
      ],
    });
    expect(dates.reported).toBe('2026-01-12');
    expect(dates.eventDates).toEqual(['2025-12', '2026-01-12', '2026-03-03']);
  });

  test('a stated publication date still wins over what the body reports', () => {
    expect(articleDate(seed('002'))).toBe('2026-01-13');
    expect(
      findDates({ ...base, paragraphs: ['Talks were held on 12 January 2026.'], frontMatter: '2026-01-14' })
        .published,
    ).toBe('2026-01-14');
  });

  test('future wording is read per sentence', () => {
    const text = 'The forum met on 2 May. It will meet again on 9 June.';
    expect(speaksOfFuture(text, text.indexOf('2 May'))).toBe(false);
    expect(speaksOfFuture(text, text.indexOf('9 June'))).toBe(true);
    expect(speaksOfFuture('The upcoming summit on 9 June matters.', 20)).toBe(true);
  });
});
