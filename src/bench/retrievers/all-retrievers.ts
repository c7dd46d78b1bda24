import { miniSearchBm25 } from './minisearch-bm25.js';
import { naturalTfidf } from './natural-tfidf.js';
import { ourIndex } from './our-index.js';
import type { RetrieverKind } from './retriever.js';

/** The engines every benchmark compares, ours first; looked up by name from the speed worker. */
export const retrieverKinds: RetrieverKind[] = [ourIndex(), naturalTfidf, miniSearchBm25];

export function retrieverByName(name: string): RetrieverKind {
  const kind = retrieverKinds.find((k) => k.name === name);
  if (!kind)
    throw new Error(`unknown engine "${name}" (known: ${retrieverKinds.map((k) => k.name).join(', ')})`);
  return kind;
}
