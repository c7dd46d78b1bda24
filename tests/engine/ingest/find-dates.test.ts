import { findDates } from '../../../src/engine/ingest/find-dates.js';
import { parseDateMentions } from '../../../src/engine/ingest/parse-date-mentions.js';

const base = { dateline: null, updated: null, frontMatter: null, yearText: '' };

describe('parseDateMentions', () => {
  test('finds stated dates with their offsets and ignores relative words', () => {
    const text =
      'Today, next month and now aside, the talks on 12 January 2026 and February 19–20 matter, as does December 2025.';
    const mentions = parseDateMentions(text);
    expect(mentions.map((m) => m.text.replace(/^on /, ''))).toEqual([
      '12 January 2026',
      'February 19–20',
      'December 2025',
    ]);
    for (const m of mentions) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
    expect(mentions[1]).toMatchObject({
      start: { year: null, month: 2, day: 19 },
      end: { year: null, month: 2, day: 20 },
    });
    expect(mentions[2]!.start).toEqual({ year: 2025, month: 12, day: null });
  });

  test('words that merely begin like month names are not dates', () => {
    expect(parseDateMentions('The mayor decided output may rise this decade, and marches went on.')).toEqual(
      [],
    );
  });

  test('a weekday counts only against a reference date', () => {
    expect(parseDateMentions('He spoke on Monday.')).toEqual([]);
    const [monday] = parseDateMentions('He spoke on Monday.', new Date(2026, 0, 13, 12));
    expect(monday!.start).toEqual({ year: 2026, month: 1, day: 12 });
  });
});

describe('findDates', () => {
  test('a yearless dateline takes the year that puts it nearest the latest dated mention', () => {
    const dates = findDates({
      ...base,
      paragraphs: ['The alliance launched in December 2025.'],
      dateline: { year: null, month: 1, day: 13 },
    });
    expect(dates.published).toBe('2026-01-13');
    expect(dates.eventDates).toEqual(['2025-12']);
  });

  test('without dated mentions, the most often stated year places yearless dates', () => {
    const dates = findDates({
      ...base,
      paragraphs: ['The 2026 summit is on February 19–20.'],
      yearText: 'Summit 2026, from 2026',
    });
    expect(dates).toEqual({
      published: null,
      eventDates: ['2026-02-19', '2026-02-20'],
      reported: '2026-02-19',
    });
  });

  test('front matter beats an Updated line, which beats the dateline; undated years leave dates out', () => {
    expect(
      findDates({ ...base, paragraphs: [], frontMatter: '2026-03-02', updated: '5 March 2026' }).published,
    ).toBe('2026-03-02');
    expect(findDates({ ...base, paragraphs: [], updated: '5 March 2026, 10:42 AM IST' }).published).toBe(
      '2026-03-05',
    );
    expect(findDates({ ...base, paragraphs: ['It opens on March 3.'] }).eventDates).toEqual([]);
  });
});
