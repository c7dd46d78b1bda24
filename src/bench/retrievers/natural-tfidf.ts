import tfidfModule from 'natural/lib/natural/tfidf/index.js';
import tokenizers from 'natural/lib/natural/tokenizers/index.js';
import type { TfIdf as TfIdfType } from 'natural/lib/natural/tfidf/index.js';
import type { Retriever, RetrieverKind } from './retriever.js';

const { TfIdf } = tfidfModule as { TfIdf: typeof TfIdfType };
// The tokenizer natural's TfIdf uses internally, so queries are split exactly as documents were.
const wordTokenizer = new tokenizers.WordTokenizer();

function wrap(tfidf: TfIdfType): Retriever {
  return {
    addAll(docs) {
      for (const doc of docs) tfidf.addDocument(doc.text, doc.id);
    },
    search(query, limit) {
      // Tokenised once here rather than per document (as a bare string would be): kinder to natural.
      const terms = wordTokenizer.tokenize(query.toLowerCase());
      const scores = tfidf.tfidfs(terms);
      const ranked: number[] = [];
      scores.forEach((score, i) => score > 0 && ranked.push(i));
      ranked.sort((a, b) => scores[b]! - scores[a]!);
      return ranked.slice(0, limit).map((i) => String(tfidf.documents[i]?.__key));
    },
    serialize: () => JSON.stringify(tfidf),
  };
}

/** natural's stock TfIdf (its own tokenizer and stop words): scores every document for every query. */
export const naturalTfidf: RetrieverKind = {
  name: 'natural TfIdf',
  create: () => wrap(new TfIdf()),
  load: (serialized) => wrap(new TfIdf(JSON.parse(serialized) as Record<string, unknown>)),
};
