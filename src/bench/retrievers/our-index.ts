import { createSearchIndex, loadSearchIndex, type IndexOptions, type SearchIndex } from '../../engine/index/search-index.js';
import type { Retriever, RetrieverKind } from './retriever.js';

function wrap(index: SearchIndex): Retriever {
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
    create: () => wrap(createSearchIndex(options)),
    load: (serialized) => wrap(loadSearchIndex(JSON.parse(serialized))),
  };
}
