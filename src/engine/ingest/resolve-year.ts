import type { PartialDate } from './parse-date-mentions.js';

/** A year-month the article states outright, used to place dates that omit their year. */
export interface YearAnchor {
  year: number;
  month: number | null;
}

const BARE_YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;

/** Four-digit years written anywhere in the text ("Summit 2026"), as month-less anchors. */
export function findBareYears(text: string): YearAnchor[] {
  return [...text.matchAll(BARE_YEAR)].map((m) => ({ year: Number(m[0]), month: null }));
}

/**
 * The year for a date whose text leaves it out. With anchors that carry a month, the year
 * that puts the date nearest to the latest of them (news reports recent events: "January 13"
 * after "December 2025" is January 2026); otherwise the most often stated year, the later on a tie.
 */
export function resolveYear(date: PartialDate, anchors: YearAnchor[]): number | null {
  if (date.year !== null) return date.year;
  const dated = anchors.filter((a): a is { year: number; month: number } => a.month !== null);
  if (dated.length > 0) {
    const latest = dated.reduce((a, b) => (b.year * 12 + b.month > a.year * 12 + a.month ? b : a));
    const target = latest.year * 12 + (latest.month - 1);
    const candidates = [latest.year - 1, latest.year, latest.year + 1];
    return candidates.reduce((best, y) =>
      Math.abs(y * 12 + date.month - 1 - target) < Math.abs(best * 12 + date.month - 1 - target) ? y : best,
    );
  }
  if (anchors.length === 0) return null;
  const counts = new Map<number, number>();
  for (const a of anchors) counts.set(a.year, (counts.get(a.year) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a))[0];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-mm-dd`, or `yyyy-mm` when the day is not stated. */
export function toIso(year: number, date: PartialDate): string {
  return date.day === null ? `${year}-${pad(date.month)}` : `${year}-${pad(date.month)}-${pad(date.day)}`;
}
