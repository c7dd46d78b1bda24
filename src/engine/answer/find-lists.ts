import type { Entity } from '../entities/find-entities.js';

/** Between two members of an enumeration: a comma, "and", "or", "as well as", with an article or "the" allowed. */
const JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|as well as|&)\s+)(?:the\s+)?$/i;

/**
 * Enumerations of names in a sentence ("Australia, Canada, the EU, France ... and the UK"):
 * runs of two or more entities separated only by commas and conjunctions. Each list is its members in order.
 */
export function findLists(text: string, entities: readonly Entity[]): Entity[][] {
  const named = entities.filter(
    (e) => e.type === 'person' || e.type === 'org' || e.type === 'place' || e.type === 'name',
  );
  const lists: Entity[][] = [];
  let run: Entity[] = [];
  for (const entity of named) {
    const last = run[run.length - 1];
    if (last && JOINER.test(text.slice(last.end, entity.start))) run.push(entity);
    else {
      if (run.length > 1) lists.push(run);
      run = [entity];
    }
  }
  if (run.length > 1) lists.push(run);
  return lists;
}
