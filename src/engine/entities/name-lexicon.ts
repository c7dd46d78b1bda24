import { lexiconEntries, type Entity, type EntityType, type Lexicon } from './find-entities.js';

/** One way a key was written across the corpus, and how many entities wrote it so. */
type Candidate = { name: string; type: EntityType; surname: boolean; count: number };

/** Persisted form: `[key, [name, type, surname ? 1 : 0, count], ...]`. */
export type NameLexiconJSON = Array<[string, Array<[string, EntityType, 0 | 1, number]>]>;

/**
 * The corpus's name lexicon, kept up to date by each article's delta: every key counts the
 * entities behind each reading of it, so removing an article takes back exactly what it added.
 * A key reads as its most frequent full name (a surname only when no full name has that key),
 * ties going to the alphabetically first, so the result does not depend on ingest order.
 */
export interface NameLexicon {
  /** The lexicon `findEntities` resolves names against. */
  readonly view: Lexicon;
  /** Counts the entities in; returns the keys whose reading changed. */
  add(entities: Iterable<Entity>): Set<string>;
  /** Takes the entities back out; returns the keys whose reading changed. */
  remove(entities: Iterable<Entity>): Set<string>;
  toJSON(): NameLexiconJSON;
}

function choose(candidates: Candidate[]): { name: string; type: EntityType } | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (
      !best ||
      (best.surname && !c.surname) ||
      (best.surname === c.surname && (c.count > best.count || (c.count === best.count && c.name < best.name)))
    )
      best = c;
  }
  return best && { name: best.name, type: best.type };
}

export function createNameLexicon(json: NameLexiconJSON = []): NameLexicon {
  const candidates = new Map<string, Candidate[]>();
  const view = new Map<string, { name: string; type: EntityType }>();
  for (const [key, list] of json) {
    candidates.set(
      key,
      list.map(([name, type, surname, count]) => ({ name, type, surname: surname === 1, count })),
    );
    const reading = choose(candidates.get(key)!);
    if (reading) view.set(key, reading);
  }

  const update = (entities: Iterable<Entity>, delta: 1 | -1): Set<string> => {
    const touched = new Set<string>();
    for (const entity of entities) {
      for (const entry of lexiconEntries(entity)) {
        const list = candidates.get(entry.key) ?? [];
        const found = list.find(
          (c) => c.name === entry.name && c.type === entry.type && c.surname === entry.surname,
        );
        if (found) found.count += delta;
        else if (delta > 0)
          list.push({ name: entry.name, type: entry.type, surname: entry.surname, count: 1 });
        if (found && found.count <= 0) list.splice(list.indexOf(found), 1);
        if (list.length > 0) candidates.set(entry.key, list);
        touched.add(entry.key);
      }
    }
    const changed = new Set<string>();
    for (const key of touched) {
      const list = candidates.get(key) ?? [];
      if (list.length === 0) candidates.delete(key);
      const before = view.get(key);
      const after = choose(list);
      if (after) view.set(key, after);
      else view.delete(key);
      if (before?.name !== after?.name || before?.type !== after?.type) changed.add(key);
    }
    return changed;
  };

  return {
    view,
    add: (entities) => update(entities, 1),
    remove: (entities) => update(entities, -1),
    toJSON: () =>
      [...candidates].map(([key, list]) => [
        key,
        list.map((c) => [c.name, c.type, c.surname ? 1 : 0, c.count] as [string, EntityType, 0 | 1, number]),
      ]),
  };
}
