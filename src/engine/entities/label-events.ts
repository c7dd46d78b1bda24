import type { Article, Passage } from '../types.js';
import type { Entity } from './find-entities.js';

// A one-word event ("Ministerial meet") names no particular event.
const isNamedEvent = (entity: Entity) => entity.type === 'event' && /\s/.test(entity.name);

/** The first named event an article mentions: what its unlabelled passages are taken to be about. */
export function leadEvent(
  article: Pick<Article, 'passages'>,
  entitiesOf: (passage: Passage) => Entity[],
): string | null {
  for (const passage of article.passages) {
    const event = entitiesOf(passage).find(isNamedEvent);
    if (event) return event.name;
  }
  return null;
}

/**
 * Labels each passage with the event it is about: the event it names itself, else the last one
 * named earlier in its paragraph, else the article's lead event (`fallback`). Articles that name
 * no event get their fallback from the engine (the most similar article that does).
 */
export function labelEvents(
  article: Pick<Article, 'passages'>,
  entitiesOf: (passage: Passage) => Entity[],
  fallback: string | null,
): Map<string, string | null> {
  const labels = new Map<string, string | null>();
  let paragraph = -1;
  let current: string | null = fallback;
  for (const passage of article.passages) {
    if (passage.paragraph !== paragraph) {
      paragraph = passage.paragraph;
      current = fallback;
    }
    const named = entitiesOf(passage).filter(isNamedEvent);
    if (named.length > 0) current = named[named.length - 1]!.name;
    labels.set(passage.id, named[0]?.name ?? current);
  }
  return labels;
}
