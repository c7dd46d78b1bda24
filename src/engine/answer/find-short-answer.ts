import type { Entity } from '../entities/entity.js';
import { analyzeText } from '../index/analyze-text.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { describeAsked } from './describe-asked.js';
import { definedSubject, findDefinition } from './find-definition.js';
import { findDoerPhrase } from './find-doer-phrase.js';
import type { Candidate } from './rank-passages.js';

/** A one-line answer that a passage states outright, with that passage. */
export interface ShortAnswer {
  text: string;
  /** The part of `text` that answers on its own (the description, the definition), when `text` frames it. */
  span?: string;
  source: Candidate;
}

/**
 * Questions about what someone or something is: "who is sergio gor?" takes the person's title;
 * "what is USISPF?" the first passage (in rank order) that defines the subject ("USISPF is the
 * US-India Strategic Partnership Forum"). Null when no passage says it outright.
 */
export function findShortAnswer(
  question: QuestionAnalysis,
  ranked: Candidate[],
  entitiesOf: (c: Candidate) => Entity[],
): ShortAnswer | null {
  if (question.kind === 'person') {
    const described = describeAsked(question, ranked, entitiesOf);
    if (described)
      return {
        text: `${described.name}: ${described.description}`,
        span: described.description,
        source: described.source,
      };
  }
  const subject =
    question.kind === 'definition' || question.kind === 'person' ? definedSubject(question.text) : null;
  if (!subject) return null;
  for (const candidate of ranked) {
    const found = findDefinition(subject, candidate.passage.text);
    if (found)
      return { text: `${found.subject} is ${found.definition}`, span: found.definition, source: candidate };
  }
  return null;
}

/**
 * A "who" question no name answers may be answered by a description of the one who does the asked
 * verb ("who will decide on charges?" → "The county prosecutor"), from the best supporting passage that has one.
 */
export function findDoer(question: QuestionAnalysis, support: Candidate[]): ShortAnswer | null {
  if (question.kind !== 'person' || !question.verb) return null;
  const asked = new Set(question.terms);
  for (const candidate of support) {
    const phrase = findDoerPhrase(candidate.passage.text, question.verb);
    const terms = phrase ? analyzeText(phrase) : [];
    // "A high-level ministerial summit convened in Washington": the asked thing itself is not who did it.
    const asksOf = terms.length > 0 && asked.has(terms[terms.length - 1]!);
    if (phrase && !asksOf && !terms.every((t) => asked.has(t))) return { text: phrase, source: candidate };
  }
  return null;
}
