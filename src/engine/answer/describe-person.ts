import type { Entity } from '../entities/entity.js';
import { roleWords } from '../entities/name-lists.js';

const hasRole = (phrase: string) => phrase.split(/[\s-]+/).some((w) => roleWords.has(w.toLowerCase()));
/** A title written before a name: capitalised words and the small words inside titles ("US Ambassador-designate to India"). */
const TITLE_BEFORE = /(?:(?:[\p{Lu}][\p{L}.'’&-]*|of|for|to|the|and|&)\s+){1,10}$/u;
/** Where an appositive title after a name ends: "Michael Kratsios, Assistant to ..., along with ...". */
const APPOSITIVE_END = /,\s+(?:along|to|who|which|and\s+(?:the\s+)?[a-z])|[.;]\s|[.;]?$/;

/**
 * What a passage says a person is: the title before the name ("US Treasury Secretary Scott Bessent")
 * or the appositive after it ("Ashwini Vaishnaw, Minister for Railways, ..."). Null when it says neither.
 */
export function describePerson(text: string, person: Entity): string | null {
  const before =
    TITLE_BEFORE.exec(text.slice(0, person.start))?.[0]
      .trim()
      .replace(/^(?:the|of|for|to|and|&)\s+/i, '') ?? '';
  if (before && hasRole(before)) return before;
  const after = /^\s*,\s*/.exec(text.slice(person.end));
  if (!after) return null;
  const rest = text.slice(person.end + after[0].length);
  const end = rest.search(APPOSITIVE_END);
  const phrase = rest.slice(0, end < 0 ? rest.length : end).trim();
  return phrase && phrase.length <= 160 && hasRole(phrase.split(/\s+/).slice(0, 4).join(' ')) ? phrase : null;
}
