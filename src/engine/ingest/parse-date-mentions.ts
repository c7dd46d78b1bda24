// English alone: the package root also builds every other locale's parsers (about 0.1 s of start-up).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';

/** A calendar date as far as the text states it; `year` null when the text leaves it out. */
export interface PartialDate {
  year: number | null;
  month: number;
  day: number | null;
}

/** One date the text names, e.g. "On 12 January 2026", "February 19–20", "December 2025", "on Monday". */
export interface DateMention {
  index: number;
  text: string;
  start: PartialDate;
  end: PartialDate | null;
}

const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const NUMERIC_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Cheap test before running the full parser on a paragraph. */
export function mayHoldDate(text: string): boolean {
  return MONTH_NAME.test(text) || NUMERIC_DATE.test(text) || WEEKDAY.test(text);
}

/** Whether the text names a weekday, the only kind of mention a reference date changes. */
export function namesWeekday(text: string): boolean {
  return WEEKDAY.test(text);
}

function toPartial(components: ParsedComponents, reference: boolean): PartialDate | null {
  const month = components.get('month');
  if (month === null) return null;
  const certain = (c: 'year' | 'day') => reference || components.isCertain(c);
  return {
    year: certain('year') ? components.get('year') : null,
    month,
    day: certain('day') ? components.get('day') : null,
  };
}

/**
 * Absolute dates the text states, in order. Relative phrases ("today", "next month") are
 * ignored; a weekday ("on Monday") counts only when `reference` (the article's own date)
 * is given, and is resolved against it.
 */
export function parseDateMentions(text: string, reference: Date | null = null): DateMention[] {
  // chrono reads "19–20" as a range only with an ASCII hyphen; same length keeps offsets.
  const plain = text.replace(/[–—]/g, '-');
  const mentions: DateMention[] = [];
  for (const result of chrono.parse(plain, reference ?? undefined)) {
    const stated = MONTH_NAME.test(result.text) || NUMERIC_DATE.test(result.text);
    const weekday =
      !stated && reference !== null && result.start.isCertain('weekday') && WEEKDAY.test(result.text);
    if (!stated && !weekday) continue;
    const start = toPartial(result.start, weekday);
    if (!start) continue;
    const end = result.end ? toPartial(result.end, weekday) : null;
    mentions.push({
      index: result.index,
      text: text.slice(result.index, result.index + result.text.length).trim(),
      start,
      end,
    });
  }
  return mentions;
}
