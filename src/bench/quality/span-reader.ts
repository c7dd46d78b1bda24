import {
  analyzeQuestion,
  pickSpan,
  rankPassages,
  findEntities,
  analyzeText,
  createSearchIndex,
  QuestionError,
  type Passage,
} from '../../engine/index.js';
import { splitSentences } from '../data/split-sentences.js';
import type { ReaderKind } from './run-squad-reading.js';

/**
 * Our engine's own steps on one paragraph, as `engine.ask` takes them: question analysis,
 * retrieval reranked by coverage (`rankPassages`) to pick the sentence, then the entity
 * finder and span picker for the short answer inside it.
 */
export const spanReader: ReaderKind = {
  name: 'minerals',
  prepare(paragraph) {
    const passages: Passage[] = splitSentences(paragraph).map((s, i) => ({
      id: String(i),
      article: 'paragraph',
      paragraph: 0,
      sentence: i,
      text: s.text,
      start: s.start,
      end: s.end,
      heading: null,
    }));
    const index = createSearchIndex();
    for (const passage of passages) index.add(passage.id, passage.text);
    const deps = {
      index,
      passage: (id: string) => passages[Number(id)],
      termsOf: (p: Passage) => new Set(analyzeText(p.text)),
    };
    return (question) => {
      let analysis;
      try {
        analysis = analyzeQuestion(question);
      } catch (error) {
        // Questions the engine refuses (no searchable terms) get no sentence and no short answer.
        if (error instanceof QuestionError) return { sentence: '', answer: '' };
        throw error;
      }
      const sentence = rankPassages(analysis, deps)[0]?.passage.text ?? passages[0]?.text ?? '';
      return { sentence, answer: pickSpan(analysis, sentence, findEntities(sentence)) };
    };
  },
};
