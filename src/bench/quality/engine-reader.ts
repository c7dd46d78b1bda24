import { QuestionError, type Answer, type Engine, type SourceFile } from '../../engine/index.js';

const encoder = new TextEncoder();

/** A benchmark text as an article file the engine ingests like any other. */
export const benchFile = (name: string, text: string): SourceFile => ({
  name,
  bytes: encoder.encode(text),
  mtimeMs: 0,
});

/** The answer text a user reads, without the citation markers ("Glencore [1, 2]" → "Glencore"). */
export const plainAnswer = (answer: Answer): string =>
  answer.answer.replace(/\s*\[\d+(?:,\s*\d+)*\]/g, '').trim();

/** `engine.ask`, with the questions the engine refuses (nothing to search for) as null. */
export function askOrNull(engine: Engine, question: string): Answer | null {
  try {
    return engine.ask(question);
  } catch (error) {
    if (error instanceof QuestionError) return null;
    throw error;
  }
}

/** What a user is shown first: the first cited passage, else the first "closest match" of an abstention. */
export const firstShown = (answer: Answer | null) => answer?.citations[0] ?? answer?.closest[0] ?? null;

/**
 * The SQuAD v2.0 prediction for an answer: the short answer it states (`span`), else "" (no answer):
 * an abstention, or an answer that cites passages without stating a short answer confidently.
 */
export const squadPrediction = (answer: Answer | null): string => (answer?.found ? (answer.span ?? '') : '');

/** The stricter reading: every found answer is an answer, its span when it states one, else its text. */
export const squadPredictionStrict = (answer: Answer | null): string =>
  answer?.found ? (answer.span ?? plainAnswer(answer)) : '';
