// English alone: the package root also builds every other locale's parsers (about 0.1 s of start-up).
import * as chrono from 'chrono-node/en';
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

// chrono's "two years ago" and "two days later" parsers have its largest patterns: compiling them to
// machine code costs ~0.1 s the first time they run. A phrase without their closing word cannot match
// them, so it is parsed without them, with the same result (they would find nothing in it).
const AGO_OR_LATER = /(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\W|$)/i;
const TIME_UNIT_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
const lean = chrono.casual.clone();
lean.parsers = lean.parsers.filter((parser) => !TIME_UNIT_PARSERS.has(parser.constructor.name));
const withoutTimeUnits = lean.parsers.length === chrono.casual.parsers.length - 2 ? lean : chrono.casual;

// The same phrases recur across articles and questions ("on Monday", "1987"): placements are kept, up to a bound.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, ResolvedDate | null>();

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
  const ref = reference?.match(/^(\d{4})-(\d\d)-(\d\d)$/) ?? null;
  // An undated article that states its year still places "February 19–20" (mid-year puts any month in that year).
  const midYear =
    year !== null && MONTH_NAMED.test(text) && !RELATIVE.test(text)
      ? new Date(Date.UTC(year, 6, 1))
      : undefined;
  const instant = ref ? new Date(Date.UTC(Number(ref[1]), Number(ref[2]) - 1, Number(ref[3]), 12)) : midYear;
  // Without an instant chrono reads the phrase against today, which changes: only placements against one are kept.
  if (!instant) return placeOnCalendar(text, ref, instant, future);
  const key = `${text}\u0000${instant.getTime()}\u0000${ref ? 1 : 0}${future ? 1 : 0}`;
  let placed = memo.get(key);
  if (placed === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    placed = placeOnCalendar(text, ref, instant, future);
    memo.set(key, placed);
  }
  return placed;
}

function placeOnCalendar(
  text: string,
  ref: RegExpMatchArray | null,
  instant: Date | undefined,
  future: boolean,
): ResolvedDate | null {
  if (UNPLACEABLE.test(text)) return null;
  // Without the article's date only a phrase that states its year can be placed ("today" must not mean the reader's today).
  if (!instant && !/\b\d{4}\b/.test(text)) return null;
  if (!ref && RELATIVE.test(text)) return null;
  const forward = Boolean(ref) && future && !/\b(last|earlier|ago|yesterday)\b/i.test(text);
  const phrase = text.replace(/[–—]/g, '-');
  const [result] = (AGO_OR_LATER.test(phrase) ? chrono.casual : withoutTimeUnits).parse(
    phrase,
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
