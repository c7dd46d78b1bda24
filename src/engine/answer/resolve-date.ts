import * as chrono from 'chrono-node';
import { monthNames } from '../entities/name-lists.js';

/** A date as a reader wants it: `iso` to merge mentions of one day, `label` to show ("12 January 2026 (Monday)"). */
export interface ResolvedDate {
  iso: string;
  label: string;
}

const MONTHS = monthNames.map((m) => m[0]!.toUpperCase() + m.slice(1));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');
const weekday = (y: number, m: number, d: number) => WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;

const MONTH_NAMED = new RegExp(`\\b(${MONTHS.map((m) => m.slice(0, 3)).join('|')})`, 'i');
const RELATIVE =
  /\b(next|last|this|earlier|later|ago|today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Where the reader's own calendar would mislead: weeks have no one date, so they are left as written. */
const UNPLACEABLE =
  /\bweeks?\b|\b\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)|\b(minutes|hours|seconds|morning|afternoon|evening|night|dawn|noon|midnight)\b/i;

/**
 * Places a date phrase on the calendar against the article's own date (`reference`, ISO): "on Monday"
 * in an article of 13 January 2026 is 12 January 2026 (Monday), "next month" is February 2026, a
 * yearless "February 19–20" takes the year nearest the article. `future` says the sentence speaks
 * of what is still to come, so a bare weekday looks forward; `year` is the year an undated article states.
 * Null when the phrase cannot be placed.
 */
export function resolveDate(
  text: string,
  reference: string | null,
  future = false,
  year: number | null = null,
): ResolvedDate | null {
  if (UNPLACEABLE.test(text)) return null;
  const ref = reference?.match(/^(\d{4})-(\d\d)-(\d\d)$/);
  // An undated article that states its year still places "February 19–20" (mid-year puts any month in that year).
  const midYear =
    year !== null && MONTH_NAMED.test(text) && !RELATIVE.test(text)
      ? new Date(Date.UTC(year, 6, 1))
      : undefined;
  const instant = ref ? new Date(Date.UTC(Number(ref[1]), Number(ref[2]) - 1, Number(ref[3]), 12)) : midYear;
  // Without the article's date only a phrase that states its year can be placed ("today" must not mean the reader's today).
  if (!instant && !/\b\d{4}\b/.test(text)) return null;
  if (!ref && RELATIVE.test(text)) return null;
  const forward = Boolean(ref) && future && !/\b(last|earlier|ago|yesterday)\b/i.test(text);
  const [result] = chrono.en.parse(
    text.replace(/[–—]/g, '-'),
    instant ? { instant, timezone: 0 } : undefined,
    { forwardDate: forward },
  );
  if (!result) return null;
  const { start, end } = result;
  const stated = (c: 'year' | 'month' | 'day') =>
    start.isCertain(c) || (c !== 'year' && start.isCertain('weekday'));
  const [y, m, d] = [start.get('year')!, start.get('month')!, start.get('day')!];
  if (stated('day') && stated('month')) {
    const endDay = end && end.get('month') === m && end.get('day')! > d ? end.get('day')! : null;
    const days = endDay ? `${d}–${endDay}` : String(d);
    const names = endDay ? `${weekday(y, m, d)}–${weekday(y, m, endDay)}` : weekday(y, m, d);
    return { iso: `${y}-${pad(m)}-${pad(d)}`, label: `${days} ${MONTHS[m - 1]} ${y} (${names})` };
  }
  if (stated('month')) return { iso: `${y}-${pad(m)}`, label: `${MONTHS[m - 1]} ${y}` };
  return stated('year') ? { iso: String(y), label: String(y) } : null;
}
