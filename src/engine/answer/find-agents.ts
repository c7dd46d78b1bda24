import type { Entity } from '../entities/find-entities.js';
import { findLists } from './find-lists.js';
import { verbStem } from './verb-stem.js';

const NAMED = new Set(['person', 'org', 'place', 'name']);
/** What may stand between a subject and its verb: "Vaishnaw represented", "the US Treasury has hosted", "X, who chaired". */
const BEFORE_VERB =
  /^(?:\s*,?\s*(?:who|which|has|have|had|was|were|is|are|also|jointly|formally|recently|then|will|would|to be|being|been)\b)*\s*$/i;
/** Where a "by ..." phrase ends. */
const BY_END =
  /[.;:()?!]|,\s(?!and\b)|\s(?:which|who|that|to|in|at|on|with|as|after|before|during|where|when)\s/;
/** Companions joined to the subject after the verb: "attended the meeting, along with X and Y". */
const ALONG = /\b(?:along with|together with|as well as|alongside)\b/i;

const within = (e: Entity, start: number, end: number) => e.start >= start && e.end <= end;

/** Every member of any enumeration one of `found` belongs to ("Australia, Canada ... and the UK" attended). */
function withListMates(text: string, entities: Entity[], found: Entity[]): Entity[] {
  const all = new Set(found);
  for (const list of findLists(text, entities))
    if (list.some((e) => all.has(e))) list.forEach((e) => all.add(e));
  return [...all];
}

/**
 * Who does `verb` (an analysed verb term, e.g. "host") in a sentence: the names after "<verb>ed by"
 * ("hosted by US Treasury Secretary Scott Bessent"), else the subject right before the verb
 * ("Ashwini Vaishnaw represented India"), with every member of an enumeration it belongs to and
 * companions added "along with" it. Empty when the sentence does not use the verb.
 */
export function findAgents(text: string, verb: string, entities: Entity[]): Entity[] {
  const named = entities.filter((e) => NAMED.has(e.type));
  const agents: Entity[] = [];
  for (const word of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    if (verbStem(word[0]) !== verb || named.some((e) => within(e, word.index, word.index + word[0].length)))
      continue;
    const after = word.index + word[0].length;
    const by = /^\s+(?:jointly\s+)?by\s+/i.exec(text.slice(after));
    if (by) {
      const from = after + by[0].length;
      const rest = text.slice(from);
      const end = from + (rest.search(BY_END) < 0 ? rest.length : rest.search(BY_END));
      agents.push(...named.filter((e) => within(e, from, end)));
      continue;
    }
    const subject = named
      .filter((e) => e.end <= word.index && BEFORE_VERB.test(text.slice(e.end, word.index)))
      .pop();
    if (!subject) continue;
    agents.push(subject);
    const along = ALONG.exec(text.slice(after));
    if (along) agents.push(...named.filter((e) => e.start >= after + along.index));
  }
  return withListMates(text, named, agents);
}
