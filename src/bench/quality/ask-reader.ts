import { createEngine } from '../../engine/index.js';
import { askOrNull, benchFile, firstShown, plainAnswer } from './engine-reader.js';
import type { ReaderKind } from './run-squad-reading.js';

/**
 * The whole engine on one paragraph, read as a user reads its answer: the first value a typed answer
 * states (before any confidence gate), else its short answer, else its text; "" when it abstains. Where
 * `spanReader` scores the span picker on the top sentence, this scores which value `engine.ask` puts first.
 */
export const askReader: ReaderKind = {
  name: 'minerals engine.ask',
  prepare(paragraph) {
    const { engine } = createEngine([benchFile('paragraph.txt', paragraph)]);
    return (question) => {
      const answer = askOrNull(engine, question);
      const sentence = firstShown(answer)?.quote ?? '';
      if (!answer?.found) return { sentence, answer: '' };
      return { sentence, answer: answer.facts?.[0]?.value ?? answer.span ?? plainAnswer(answer) };
    };
  },
};
