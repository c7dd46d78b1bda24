import type { Entity } from '../entities/find-entities.js';
import { analyzeText } from '../index/analyze-text.js';
import type { Span } from '../types.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { distanceToAnchors, findAnchors } from './question-anchors.js';
import type { Candidate } from './rank-passages.js';
import { speaksOfFuture } from '../ingest/speaks-of-future.js';

/** One short answer value ("Scott Bessent", "February 19–20") and the passages that state it. */
export interface Fact {
  value: string;
  type: Entity['type'];
  weight: number;
  sources: Candidate[];
}

const RELATIVE_DATE = /^(on |last |next |this |earlier |later |in )|^(19|20)\d\d$/i;
const ASKS_FUTURE = /\b(will|shall|going to|upcoming|next)\b/i;
const ASKS_PAST = /\b(was|were|did|had)\b/i;

/** A date stated of what is still to come does not answer "when was ...", nor a past one "when will ...". */
function tenseFit(question: QuestionAnalysis, candidate: Candidate, entity: Entity): number {
  const future = speaksOfFuture(candidate.passage.text, entity.start);
  if (ASKS_FUTURE.test(question.text)) return future ? 1 : 0.6;
  return ASKS_PAST.test(question.text) && future ? 0.5 : 1;
}

function factWeight(entity: Entity, candidate: Candidate, question: QuestionAnalysis, anchors: readonly Span[]): number {
  const typeRank = question.wants.indexOf(entity.type as never);
  const proximity = 1 / (1 + Math.min(distanceToAnchors(anchors, entity.start, entity.end), 400) / 60);
  let weight = candidate.score * [1, 0.55, 0.3][typeRank]! * (0.4 + proximity);
  const before = candidate.passage.text.slice(Math.max(0, entity.start - 12), entity.start);
  if (question.kind === 'place' && /\b(at|in)\s+(the\s+)?$/i.test(before)) weight *= 2.5;
  // A relative date the article's own date could not place ("on Monday" in an undated article) says little.
  if (question.kind === 'date') {
    if (RELATIVE_DATE.test(entity.text)) weight *= entity.name === entity.text ? 0.4 : 0.8;
    weight *= tenseFit(question, candidate, entity);
  }
  return weight;
}

/**
 * Gathers entities of the wanted types from the supporting passages, merged by name across
 * passages (so "who attended" collects every attendee from every article), leaving out
 * what the question itself names.
 */
export function collectFacts(question: QuestionAnalysis, support: Candidate[], entitiesOf: (candidate: Candidate) => Entity[]): Fact[] {
  if (question.wants.length === 0) return [];
  const asked = new Set(question.terms);
  const facts = new Map<string, Fact>();
  for (const candidate of support) {
    const anchors = findAnchors(candidate.passage.text, asked);
    for (const entity of entitiesOf(candidate)) {
      if (!question.wants.includes(entity.type as never)) continue;
      const terms = analyzeText(entity.name);
      if (terms.length > 0 && terms.every((term) => asked.has(term))) continue;
      const key = entity.name.toLowerCase();
      const fact = facts.get(key) ?? { value: entity.name, type: entity.type, weight: 0, sources: [] };
      fact.weight += factWeight(entity, candidate, question, anchors);
      if (!fact.sources.includes(candidate)) fact.sources.push(candidate);
      facts.set(key, fact);
    }
  }
  const ranked = [...facts.values()].sort((a, b) => b.weight - a.weight);
  // A full name absorbs the bare surname that other passages use for the same person.
  return ranked.filter((fact) => !ranked.some((other) => other !== fact && other.value.endsWith(` ${fact.value}`)));
}

/** The facts worth stating: all strong ones for list questions, the best (and near-ties) otherwise. */
export function chooseFacts(question: QuestionAnalysis, facts: Fact[]): Fact[] {
  const best = facts[0]?.weight ?? 0;
  if (question.plural) {
    const strong = facts.filter((f) => f.weight >= best * 0.12).slice(0, 16);
    return strong.sort((a, b) => question.wants.indexOf(a.type as never) - question.wants.indexOf(b.type as never) || b.weight - a.weight);
  }
  return facts.filter((f) => f.weight >= best * 0.8).slice(0, 2);
}
