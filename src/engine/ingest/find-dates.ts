import { mayHoldDate, namesWeekday, parseDateMentions, type PartialDate } from './parse-date-mentions.js';
import { findBareYears, resolveYear, toIso, type YearAnchor } from './resolve-year.js';
import { speaksOfFuture } from './speaks-of-future.js';

export interface DateInput {
  /** Body paragraphs, in order. */
  paragraphs: string[];
  /** The dateline's date, if the article has one. */
  dateline: PartialDate | null;
  /** Date text of a "Last Updated:" / "Published:" line. */
  updated: string | null;
  /** `published` from front matter. */
  frontMatter: string | null;
  /** Text searched for stated years ("Summit 2026") to place dates that omit theirs. */
  yearText: string;
}

export interface FoundDates {
  published: string | null;
  eventDates: string[];
  /** The latest date the body reports as past or present (never a future event it announces), ISO; null when none. */
  reported: string | null;
}

/** Paragraphs beyond this much text are not searched for dates: a bound for huge files. */
const MAX_DATE_TEXT = 200_000;

const firstMention = (text: string | null): PartialDate | null =>
  text ? (parseDateMentions(text)[0]?.start ?? null) : null;

function anchorOf(date: PartialDate | null): YearAnchor[] {
  return date?.year != null ? [{ year: date.year, month: date.month }] : [];
}

/** The leading paragraphs that fit in the size budget. */
function withinBudget(paragraphs: string[]): string[] {
  let budget = MAX_DATE_TEXT;
  return paragraphs.filter((text) => (budget -= text.length) >= 0);
}

/**
 * The article's publication date (front matter, else an "Updated:" line, else the dateline)
 * and the dates its body states, ISO, with missing years inferred from the years the article states.
 */
export function findDates(input: DateInput): FoundDates {
  const front = firstMention(input.frontMatter);
  const updated = firstMention(input.updated);
  const paragraphs = withinBudget(input.paragraphs);
  const stated = paragraphs.map((text) => (mayHoldDate(text) ? parseDateMentions(text) : []));
  const anchors = [
    ...anchorOf(front),
    ...anchorOf(updated),
    ...stated.flat().flatMap((m) => anchorOf(m.start)),
    ...findBareYears(input.yearText.slice(0, MAX_DATE_TEXT)),
  ];
  const place = (date: PartialDate | null): { year: number; date: PartialDate } | null => {
    const year = date ? resolveYear(date, anchors) : null;
    return date && year !== null ? { year, date } : null;
  };
  const publishedAt = place(front) ?? place(updated) ?? place(input.dateline);
  const published = publishedAt ? toIso(publishedAt.year, publishedAt.date) : null;
  const day = publishedAt?.date.day;
  const reference =
    publishedAt && day != null ? new Date(publishedAt.year, publishedAt.date.month - 1, day, 12) : null;
  // Only paragraphs that name a weekday read differently against the reference date.
  const mentions = paragraphs.flatMap((text, i) =>
    (reference && namesWeekday(text) ? parseDateMentions(text, reference) : stated[i]!).map((mention) => ({
      mention,
      future: speaksOfFuture(text, mention.index),
    })),
  );
  const eventDates: string[] = [];
  let reported: string | null = null;
  for (const { mention, future } of mentions) {
    for (const date of [mention.start, mention.end]) {
      const placed = place(date);
      if (!placed) continue;
      const iso = toIso(placed.year, placed.date);
      eventDates.push(iso);
      if (!future && date === mention.start && (reported === null || iso > reported)) reported = iso;
    }
  }
  return { published, eventDates: [...new Set(eventDates)], reported };
}
