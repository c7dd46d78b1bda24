import { mayHoldDate, parseDateMentions, type PartialDate } from './parse-date-mentions.js';
import type { TextLine } from './split-lines.js';

export interface Dateline {
  lineIndex: number;
  /** As written, e.g. "Washington DC, January 13". */
  text: string;
  date: PartialDate;
}

const MAX_LENGTH = 70;
/** Datelines sit near the top: only this many non-empty lines are looked at. */
const SEARCHED_LINES = 60;
/** "Place, Place, <date>": capitalised place words before the date. */
const PLACE_PREFIX = /^\p{Lu}[\p{L}\p{M} .'’/&-]{0,40}(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{0,30})?,\s*/u;

/** A line that is only a date, or a place and a date ("Washington DC, January 13"): the first one found. */
export function findDateline(lines: TextLine[]): Dateline | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < SEARCHED_LINES; i++) {
    const text = lines[i]!.text;
    if (text !== '') seen++;
    if (text === '' || text.length > MAX_LENGTH || /[.?!:;]$/.test(text.replace(/\b\p{L}{1,4}\.$/u, '')))
      continue;
    const place = PLACE_PREFIX.exec(text)?.[0] ?? '';
    const rest = text.slice(place.length).replace(/[\s.,]+$/, '');
    if (rest === '' || !mayHoldDate(rest)) continue;
    const mention = parseDateMentions(rest)[0];
    if (mention && mention.index === 0 && mention.text.length >= rest.length - 1) {
      return { lineIndex: i, text, date: mention.start };
    }
  }
  return null;
}

export interface InlineDateline {
  lineIndex: number;
  /** Characters of the line taken by the dateline, separator and following spaces included. */
  length: number;
  /** "NEW DELHI, Jan 13", or just "WASHINGTON". */
  text: string;
  date: PartialDate | null;
  /** The agency in brackets: "Reuters" in "WASHINGTON (Reuters) -". */
  agency: string | null;
}

/** "NEW DELHI, Jan 13 (PTI) -", "WASHINGTON (Reuters) —", "LONDON, March 3:" opening the first paragraph. */
const WIRE_DATELINE =
  /^(?<where>\p{Lu}[\p{L}\p{M} .'’/-]{1,40}?(?:,\s*[\p{L}\p{M} .'’-]{1,30}?)?(?:,\s*(?<date>\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?))?)\s*(?:\((?<agency>\p{Lu}[\p{L}&. ]{1,30})\))?\s*[:–—-]+\s+/u;

/** Capitalised place names joined by slashes: "New York/Washington". */
const JOINED_PLACES =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?:\s*\/\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)+$/u;

/**
 * A wire-style dateline at the start of the first body line. Only a place with a date or an
 * agency, or an all-capitals place ("WASHINGTON:"), counts, so an opening like
 * "Timing is everything:" never does.
 */
export function findInlineDateline(lines: TextLine[]): InlineDateline | null {
  const lineIndex = lines.findIndex((line) => line.text !== '');
  const match = lineIndex >= 0 ? WIRE_DATELINE.exec(lines[lineIndex]!.text) : null;
  const { where, date, agency } = match?.groups ?? {};
  if (!match || !where) return null;
  // Without a date or an agency, only an all-capitals place ("WASHINGTON:") or places joined by a slash
  // ("New York/Washington:") count: an opening like "Timing is everything:" never does.
  if (!date && !agency && where !== where.toUpperCase() && !JOINED_PLACES.test(where.trim())) return null;
  return {
    lineIndex,
    length: match[0].length,
    text: where.trim(),
    date: date ? (parseDateMentions(date)[0]?.start ?? null) : null,
    agency: agency?.trim() ?? null,
  };
}
