import { resolveDate } from '../../../src/engine/answer/resolve-date.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import { seedEngine } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

describe('resolveDate against the article date', () => {
  test('weekdays look back in reports and forward in announcements', () => {
    expect(resolveDate('on Monday', '2026-01-13')?.label).toBe('12 January 2026 (Monday)');
    expect(resolveDate('on Monday', '2026-01-13', true)?.label).toBe('19 January 2026 (Monday)');
    expect(resolveDate('last Monday', '2026-01-13', true)?.label).toBe('12 January 2026 (Monday)');
  });

  test('months relative to the article, and ranges with their weekdays', () => {
    expect(resolveDate('earlier this month', '2026-02-03')?.label).toBe('February 2026');
    expect(resolveDate('next month', '2026-01-13')?.label).toBe('February 2026');
    expect(resolveDate('February 2–4', '2026-01-30')?.label).toBe('2–4 February 2026 (Monday–Wednesday)');
    expect(resolveDate('12 January 2026', null)?.iso).toBe('2026-01-12');
  });

  test("an undated article places only what states itself; never against the reader's today", () => {
    expect(resolveDate('on Monday', null)).toBeNull();
    expect(resolveDate('next month', null)).toBeNull();
    expect(resolveDate('February 19–20', null, true, 2026)?.label).toBe(
      '19–20 February 2026 (Thursday–Friday)',
    );
    expect(resolveDate('last week', '2026-01-13')).toBeNull();
  });
});

describe('date answers', () => {
  test('seeds: a stated date is answered as a calendar day with its weekday, citing the passage', async () => {
    const engine = await seedEngine();
    const answer = engine.ask('when did the ministerial in washington take place');
    expect(answer.answer).toMatch(/^12 January 2026 \(Monday\) \[1\]/);
    expect(answer.citations[0]!.quote).toMatch(/On 12 January 2026/);
    // Seed 001 is undated, but states 2026: the summit it announces is placed in that year.
    expect(engine.ask('When will India host the AI Impact Summit?').answer).toMatch(/19–20 February 2026/);
  });

  test('synthetic: "on Monday", "earlier this month" and times resolve against the article\'s own date', () => {
    const text = [
      '---',
      'published: 2026-03-04',
      '---',
      'Zambia signs cobalt offtake deal',
      '',
      'Zambia signed a cobalt offtake agreement with Glencore on Monday, the mines ministry said.',
      'Earlier this month, the ministry opened bids for a lithium tender near Kabwe.',
      'Police sealed the Kabwe site minutes before the raid began.',
    ].join('\n');
    const { engine } = createEngine([syntheticArticle('zambia.txt', text)]);
    expect(engine.ask('when was the cobalt offtake agreement signed?').answer).toMatch(
      /^2 March 2026 \(Monday\) \[1\]/,
    );
    expect(engine.ask('when did the ministry open bids for the lithium tender').answer).toMatch(
      /^March 2026 \[1\]/,
    );
    expect(engine.ask('when did police seal the kabwe site').answer).toMatch(/minutes before the raid/);
  });
});
