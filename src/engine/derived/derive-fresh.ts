import { findEntities, mayReadLexicon, type Entity, type Lexicon } from '../entities/find-entities.js';
import { findQuantities } from '../entities/find-quantities.js';
import { labelEvents, leadEvent } from '../entities/label-events.js';
import type { Article, Passage } from '../types.js';
import { encodeEntities, type EncodedEntity } from './encode-entities.js';

/** What deriving reads of an article: its passages. */
type Passages = Pick<Article, 'passages'>;

/** An article's text as one string, for its TF-IDF vector. */
export const articleText = (a: Passages) => a.passages.map((p) => p.text).join(' ');

export const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/** Last words of a lexicon's keys: a passage holding none of them cannot read the lexicon. */
export const keyEndsOf = (view: Lexicon) => new Set([...view.keys()].map(lastWord));

/** The first entity pass over a fresh article: dates and amounts, then entities without a lexicon, per passage. */
export function findRawEntities(article: Passages): { quantities: Entity[][]; raw: Entity[][] } {
  const quantities = article.passages.map((p) => findQuantities(p.text));
  const raw = article.passages.map((p, i) => findEntities(p.text, undefined, quantities[i]));
  return { quantities, raw };
}

/** A passage's entities from the first pass (`raw` follows `article.passages`). */
function rawOf(article: Passages, raw: Entity[][]): (p: Passage) => Entity[] {
  const byId = new Map(article.passages.map((p, i) => [p.id, raw[i]!]));
  return (p: Passage) => byId.get(p.id) ?? [];
}

/** The first named event an article mentions, from its first-pass entities. */
export const leadOf = (article: Passages, raw: Entity[][]) => leadEvent(article, rawOf(article, raw));

/**
 * The second pass, once the lexicon holds every fresh article: each passage's entities resolved
 * against it (only where a word may read it; `ends` from `keyEndsOf`).
 */
export function resolveEntities(
  article: Passages,
  raw: Entity[][],
  quantities: Entity[][] | undefined,
  view: Lexicon,
  ends: ReadonlySet<string>,
): EncodedEntity[][] {
  return article.passages.map((p, i) =>
    encodeEntities(
      p.text,
      mayReadLexicon(p.text, ends) ? findEntities(p.text, view, quantities?.[i]) : (raw[i] ?? []),
    ),
  );
}

/**
 * Event label per passage (following `article.passages`). An article without a lead names no event,
 * so each of its labels is `fallback`.
 */
export function labelsOf(article: Passages, raw: Entity[][], fallback: string | null): Array<string | null> {
  const byPassage = labelEvents(article, rawOf(article, raw), fallback);
  return article.passages.map((p) => byPassage.get(p.id) ?? null);
}
