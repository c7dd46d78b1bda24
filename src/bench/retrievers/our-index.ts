import {
  createSearchIndex,
  loadSearchIndex,
  type IndexJSON,
  type IndexOptions,
  type SearchIndex,
} from '../../engine/index.js';
import type { Retriever, RetrieverKind } from './retriever.js';

/** Wraps one of our indexes (already filled or empty) as a Retriever. */
export function wrapSearchIndex(index: SearchIndex): Retriever {
  return {
    addAll(docs) {
      for (const doc of docs) index.add(doc.id, doc.text);
    },
    search: (query, limit) => index.search(query, { limit }).map((hit) => hit.id),
    serialize: () => JSON.stringify(index.toJSON()),
  };
}

/** Our search index, with any options overridden (for the weighting sweep). */
export function ourIndex(options: Partial<IndexOptions> = {}, name = 'minerals'): RetrieverKind {
  return {
    name,
    create: () => wrapSearchIndex(createSearchIndex(options)),
    load: (serialized) => wrapSearchIndex(loadSearchIndex(JSON.parse(serialized))),
  };
}

/**
 * The same analysed postings scored another way: scoring options (weighting, k1, b) are applied at
 * query time, so a sweep analyses the text once per analysis setting instead of once per variant.
 */
export function rescore(json: IndexJSON, scoring: Partial<IndexOptions>): Retriever {
  return wrapSearchIndex(loadSearchIndex({ ...json, options: { ...json.options, ...scoring } }));
}
