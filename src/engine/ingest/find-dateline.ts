import { parseDateMentions, type PartialDate } from './parse-date-mentions.js';
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
    if (text === '' || text.length > MAX_LENGTH || /[.?!:;]$/.test(text.replace(/\b\p{L}{1,4}\.$/u, ''))) continue;
    const place = PLACE_PREFIX.exec(text)?.[0] ?? '';
    const rest = text.slice(place.length).replace(/[\s.,]+$/, '');
    if (rest === '') continue;
    const mention = parseDateMentions(rest)[0];
    if (mention && mention.index === 0 && mention.text.length >= rest.length - 1) {
      return { lineIndex: i, text, date: mention.start };
    }
  }
  return null;
}
