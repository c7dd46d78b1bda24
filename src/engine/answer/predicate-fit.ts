import type { Entity } from '../entities/entity.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { findAgents } from './find-agents.js';
import { namedInQuestion } from './named-in-question.js';
import { statesUse } from './purpose-fit.js';
import type { Candidate } from './rank-passages.js';
import { kindred } from './verb-kin.js';
import { verbStem } from './verb-stem.js';

const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * How well a sentence carries the question's predicate: it uses the asked verb or a kindred one
 * (x1.5), and the one doing it is the one the question names ("What did Bessent say?" → "Bessent
 * said the discussions ...", x2 more). 1 when the question has no verb.
 */
function predicateFit(question: QuestionAnalysis, text: string, entities: Entity[]): number {
  // "What are X used / needed for?": the predicate is a use, however the sentence words it.
  if (question.purpose) return statesUse(text) ? 1.5 : 1;
  if (!question.verb) return 1;
  const verbs = kindred(question.verb);
  // A verb is not written in capitals: "US" stems as "use" does, and is no use of anything.
  const stems = new Set(
    [...text.matchAll(/\p{L}+/gu)].filter((w) => !ACRONYM.test(w[0])).map((w) => verbStem(w[0])),
  );
  const used = [...verbs].filter((verb) => stems.has(verb));
  if (used.length === 0) return 1;
  const asked = new Set(question.terms);
  const byAsked = used.some((verb) =>
    findAgents(text, verb, entities).some((agent) => namedInQuestion(agent, asked)),
  );
  return byAsked ? 3 : 1.5;
}

/** The supporting passage that best answers a question in sentences: rank score times predicate fit. */
export function leadByPredicate(
  question: QuestionAnalysis,
  support: Candidate[],
  entitiesOf: (c: Candidate) => Entity[],
): Candidate {
  const fits = support.map((c) => c.score * predicateFit(question, c.passage.text, entitiesOf(c)));
  let best = 0;
  for (let i = 1; i < support.length; i++) if (fits[i]! > fits[best]!) best = i;
  return support[best]!;
}
