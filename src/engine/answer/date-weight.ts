import type { Entity } from '../entities/find-entities.js';
import { speaksOfFuture } from '../ingest/speaks-of-future.js';
import type { QuestionAnalysis } from './analyze-question.js';

const RELATIVE_DATE = /^(on |last |next |this |earlier |later |in )|^(19|20)\d\d$/i;
const ASKS_FUTURE = /\b(will|shall|going to|upcoming|next)\b/i;
const ASKS_PAST = /\b(was|were|did|had)\b/i;

/**
 * How much a date in a passage answers a "when" question: a relative date the article's own date
 * could not place ("on Monday" in an undated article) says little, and a date stated of what is
 * still to come does not answer "when was ...", nor a past one "when will ...".
 */
export function dateWeight(question: QuestionAnalysis, passageText: string, entity: Entity): number {
  let weight = RELATIVE_DATE.test(entity.text) ? (entity.name === entity.text ? 0.4 : 0.8) : 1;
  const future = speaksOfFuture(passageText, entity.start);
  if (ASKS_FUTURE.test(question.text)) weight *= future ? 1 : 0.6;
  else if (ASKS_PAST.test(question.text) && future) weight *= 0.5;
  return weight;
}
