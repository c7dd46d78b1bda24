import { splitSentences } from '../data/split-sentences.js';
import type { RetrieverKind } from '../retrievers/retriever.js';
import type { ReaderKind } from './run-squad-reading.js';

/**
 * A baseline reader from a search engine: index the paragraph's sentences, answer with the best one.
 * Search engines return passages, not short answers, so the whole sentence is the answer (that is what EM/F1
 * score).
 */
export function sentenceReader(kind: RetrieverKind): ReaderKind {
  return {
    name: kind.name,
    prepare(paragraph) {
      const sentences = splitSentences(paragraph);
      const retriever = kind.create();
      retriever.addAll(sentences.map((s, i) => ({ id: String(i), text: s.text })));
      return (question) => {
        const best = retriever.search(question, 1)[0];
        const sentence = best === undefined ? '' : (sentences[Number(best)]?.text ?? '');
        return { sentence, answer: sentence };
      };
    },
  };
}
