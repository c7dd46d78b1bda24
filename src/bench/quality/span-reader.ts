import { analyzeQuestion } from '../../engine/answer/analyze-question.js';
import { pickSpan } from '../../engine/answer/pick-span.js';
import { findEntities } from '../../engine/entities/find-entities.js';
import { splitSentences } from '../data/split-sentences.js';
import { ourIndex } from '../retrievers/our-index.js';
import type { ReaderKind } from './run-squad-reading.js';

/**
 * Our engine's parts on one paragraph: our index picks the sentence, the engine's question analysis,
 * entity finder and span picker choose the short answer inside it.
 */
export const spanReader: ReaderKind = {
  name: 'minerals',
  prepare(paragraph) {
    const sentences = splitSentences(paragraph);
    const retriever = ourIndex().create();
    retriever.addAll(sentences.map((s, i) => ({ id: String(i), text: s.text })));
    return (question) => {
      const best = retriever.search(question, 1)[0];
      const sentence = sentences[Number(best ?? 0)]?.text ?? '';
      try {
        return { sentence, answer: pickSpan(analyzeQuestion(question), sentence, findEntities(sentence)) };
      } catch {
        // Questions the engine refuses (no searchable terms) get no short answer.
        return { sentence, answer: '' };
      }
    };
  },
};
