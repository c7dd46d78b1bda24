import type { Entity } from '../entities/find-entities.js';
import { speaksOfFuture } from '../ingest/speaks-of-future.js';
import { resolveDate } from './resolve-date.js';

/**
 * Gives each date in a passage its calendar name against the article's own date, so "on Monday"
 * in one article and "On 12 January 2026" in another are one fact: "12 January 2026 (Monday)".
 * Dates that cannot be placed keep their wording.
 */
export function placeDates(
  entities: Entity[],
  passageText: string,
  reference: string | null,
  year: number | null = null,
): Entity[] {
  return entities.map((entity) => {
    if (entity.type !== 'date') return entity;
    const placed = resolveDate(entity.text, reference, speaksOfFuture(passageText, entity.start), year);
    return placed ? { ...entity, name: placed.label } : entity;
  });
}
