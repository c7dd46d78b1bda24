import type { Entity } from '../entities/entity.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { describePerson } from './describe-person.js';
import { namedInQuestion } from './named-in-question.js';
import type { Candidate } from './rank-passages.js';

/** What the passages say the person a "who is <name>?" question names is, with the passage that says it. */
export interface Description {
  name: string;
  description: string;
  source: Candidate;
}

/**
 * "who is sergio gor?" asks what the named person is, not for another name: the title or appositive
 * of that person in the best-ranked passage that gives one ("US Ambassador-designate to India").
 */
export function describeAsked(
  question: QuestionAnalysis,
  support: Candidate[],
  entitiesOf: (c: Candidate) => Entity[],
): Description | null {
  if (!/^who\s*(?:is|was|'s|’s)\s+/i.test(question.text) || question.verb !== null) return null;
  const asked = new Set(question.terms);
  for (const candidate of support) {
    for (const person of entitiesOf(candidate).filter(
      (e) => e.type === 'person' && namedInQuestion(e, asked),
    )) {
      const description = describePerson(candidate.passage.text, person);
      if (description) return { name: person.name, description, source: candidate };
    }
  }
  return null;
}
