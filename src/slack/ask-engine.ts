import type { Logger } from '@slack/bolt';
import { QuestionError, type Answer, type Engine } from '../engine/index.js';

/** An answer, or a sentence (plain text) explaining why there is none. */
export type AskOutcome = { ok: true; answer: Answer } | { ok: false; message: string };

/** How many citations a Slack answer shows; the rest go behind "More sources". */
export const SLACK_MAX_CITATIONS = 5;

/**
 * Asks the engine, turning its refusals (QuestionError) into the user-facing message and any
 * other failure into a logged, generic apology, so a listener never throws at the user.
 */
export function askEngine(engine: Engine, question: string, logger: Logger): AskOutcome {
  try {
    return { ok: true, answer: engine.ask(question, { maxCitations: SLACK_MAX_CITATIONS }) };
  } catch (error) {
    if (error instanceof QuestionError) return { ok: false, message: error.message };
    logger.error('engine.ask failed', error);
    return {
      ok: false,
      message: 'Something went wrong while answering that. It has been logged; please try again.',
    };
  }
}
