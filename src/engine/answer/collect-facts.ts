import type { Entity } from '../entities/find-entities.js';
import type { Span } from '../types.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { distanceToAnchors, findAnchors } from './question-anchors.js';
import type { Candidate } from './rank-passages.js';
import { asksMeasure, isMeasure } from './amount-fit.js';
import { dateWeight } from './date-weight.js';
import { namedInQuestion } from './named-in-question.js';
import { readRoles, type RoleReading } from './role-weights.js';
import { findTitleAsked, titleFit } from './title-fit.js';

/** One short answer value ("Scott Bessent", "February 19–20") and the passages that state it. */
export interface Fact {
  value: string;
  type: Entity['type'];
  weight: number;
  sources: Candidate[];
  /** Set when the passages say this one hosted what the question asks who attended. */
  role?: 'host';
}

function factWeight(
  entity: Entity,
  candidate: Candidate,
  question: QuestionAnalysis,
  anchors: readonly Span[],
  roles: RoleReading,
): number {
  const typeRank = question.wants.indexOf(entity.type as never);
  // Members of one enumeration sit as near the question's words as the list does.
  const list = roles.listOf(entity);
  const [start, end] = list ? [list[0]!.start, list[list.length - 1]!.end] : [entity.start, entity.end];
  const proximity = roles.isAgent(entity)
    ? 1
    : 1 / (1 + Math.min(distanceToAnchors(anchors, start, end), 400) / 60);
  let weight =
    candidate.score * ([1, 0.7, 0.6, 0.3][typeRank] ?? 0.3) * (0.4 + proximity) * roles.weight(entity);
  const before = candidate.passage.text.slice(Math.max(0, entity.start - 12), entity.start);
  if (question.kind === 'place' && /\b(at|in)\s+(the\s+)?$/i.test(before)) weight *= 2.5;
  if (question.kind === 'date') weight *= dateWeight(question, candidate.passage.text, entity);
  return weight;
}

/**
 * Gathers entities of the wanted types from the supporting passages, merged by name across
 * passages (so "who attended" collects every attendee from every article), leaving out
 * what the question itself names.
 */
export function collectFacts(
  question: QuestionAnalysis,
  support: Candidate[],
  entitiesOf: (candidate: Candidate) => Entity[],
): Fact[] {
  if (question.wants.length === 0) return [];
  const asked = new Set(question.terms);
  const facts = new Map<string, Fact>();
  const title = findTitleAsked(question.text);
  for (const candidate of support) {
    const anchors = findAnchors(candidate.passage.text, asked);
    const entities = entitiesOf(candidate);
    const roles = readRoles(question, candidate.passage.text, entities);
    for (const entity of entities) {
      if (!question.wants.includes(entity.type as never) || namedInQuestion(entity, asked)) continue;
      if (entity.type === 'amount' && asksMeasure(question.text) && !isMeasure(entity.text)) continue;
      const key = entity.name.toLowerCase();
      const fact = facts.get(key) ?? { value: entity.name, type: entity.type, weight: 0, sources: [] };
      if (roles.hosts.has(entity)) fact.role = 'host';
      fact.weight +=
        factWeight(entity, candidate, question, anchors, roles) *
        (title ? titleFit(title, candidate.passage.text, entity) : 1);
      if (!fact.sources.includes(candidate)) fact.sources.push(candidate);
      facts.set(key, fact);
    }
  }
  const ranked = [...facts.values()].sort((a, b) => b.weight - a.weight);
  // A full name absorbs the bare surname that other passages use for the same person.
  return ranked.filter(
    (fact) => !ranked.some((other) => other !== fact && other.value.endsWith(` ${fact.value}`)),
  );
}

/** The facts worth stating: all strong ones for list questions, the best (and near-ties) otherwise. */
export function chooseFacts(question: QuestionAnalysis, facts: Fact[]): Fact[] {
  const best = facts[0]?.weight ?? 0;
  if (question.plural) {
    const strong = facts.filter((f) => f.weight >= best * 0.12).slice(0, 30);
    return strong.sort(
      (a, b) =>
        question.wants.indexOf(a.type as never) - question.wants.indexOf(b.type as never) ||
        b.weight - a.weight,
    );
  }
  return facts.filter((f) => f.weight >= best * 0.8).slice(0, 2);
}
