import type { Entity } from '../entities/find-entities.js';
import type { AnswerFact } from '../types.js';
import type { Fact } from './collect-facts.js';
import type { Candidate } from './rank-passages.js';

/**
 * Words that make the named one the host, before the name ("hosted by US Treasury Secretary
 * Scott Bessent", "convened by US Secretary of State Marco Rubio") or after it ("The United
 * States is hosting…"). Titles between the verb and the name are capitalised words, "of", "the".
 */
const HOST_BEFORE =
  /\b(?:hosted|chaired|convened|organi[sz]ed|presided over)\s+by\s+(?:(?:the|of|and)\s+|[\p{Lu}][\p{L}.'’-]*\s+){0,8}$/u;
const HOST_AFTER =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:is hosting|was hosting|will host|hosted|hosts|chaired|convened|presided over)\b/u;

/** True when the passage says this entity hosted (chaired, convened) what it describes. */
export function isHostMention(text: string, entity: Pick<Entity, 'start' | 'end'>): boolean {
  return (
    HOST_BEFORE.test(text.slice(Math.max(0, entity.start - 120), entity.start)) ||
    HOST_AFTER.test(text.slice(entity.end, entity.end + 40))
  );
}

/**
 * The stated facts as data, in answer order: value, kind, the citation numbers behind it, and
 * `host` when one of its cited passages says it hosted. A fact none of whose passages made the
 * citation limit is left out, as in the answer text.
 */
export function answerFacts(
  facts: Fact[],
  numberOf: (c: Candidate) => number,
  entitiesOf: (c: Candidate) => Entity[],
): AnswerFact[] {
  return facts
    .map((fact): AnswerFact => {
      const refs = [...new Set(fact.sources.map(numberOf).filter((n) => n > 0))].sort((a, b) => a - b);
      const cited = fact.sources.filter((c) => numberOf(c) > 0);
      const host = cited.some((c) =>
        entitiesOf(c).some((e) => e.name === fact.value && isHostMention(c.passage.text, e)),
      );
      return { value: fact.value, type: fact.type, refs, role: fact.role === 'host' || host ? 'host' : null };
    })
    .filter((fact) => fact.refs.length > 0);
}
