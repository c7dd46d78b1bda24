import MiniSearch, { type Options } from 'minisearch';
import type { BenchDoc } from '../data/read-scifact.js';
import type { Retriever, RetrieverKind } from './retriever.js';

// Plain BM25 (δ = 0 turns MiniSearch's BM25+ into BM25) with the textbook k1/b; exact terms, no prefix or
// fuzzy.
const options: Options<BenchDoc> = {
  fields: ['text'],
  searchOptions: { bm25: { k: 1.2, b: 0.75, d: 0 }, prefix: false, fuzzy: false, combineWith: 'OR' },
};

function wrap(index: MiniSearch<BenchDoc>): Retriever {
  return {
    addAll: (docs) => index.addAll(docs),
    search: (query, limit) =>
      index
        .search(query)
        .slice(0, limit)
        .map((hit) => String(hit.id)),
    serialize: () => JSON.stringify(index),
  };
}

/** MiniSearch configured as a BM25 engine over the same text. */
export const miniSearchBm25: RetrieverKind = {
  name: 'MiniSearch BM25',
  create: () => wrap(new MiniSearch<BenchDoc>(options)),
  load: (serialized) => wrap(MiniSearch.loadJSON<BenchDoc>(serialized, options)),
};
