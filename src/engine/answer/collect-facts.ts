import type { Entity } from '../entities/find-entities.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { closenessToAnchors, distanceToAnchors, findAnchors, type Anchors } from './question-anchors.js';
import type { Candidate } from './rank-passages.js';
import { asksMeasure, countsFocus, isMeasure, withUnit } from './amount-fit.js';
import { dateWeight } from './date-weight.js';
import { namedInQuestion } from './named-in-question.js';
import { readRoles, type RoleReading } from './role-weights.js';
import { findTitleAsked, titleFit } from './title-fit.js';

/**
 * Weight by the rank of the entity's type among those the question wants. For one answer, a name of
 * unknown kind stands in for a person or an organisation as often as a known place or organisation does
 * ("quarterback Cam Newton" beside "MVP"); a list keeps such names for when nothing better is listed.
 */
const TYPE_WEIGHTS = { one: [1, 0.7, 0.6, 0.6], list: [1, 0.7, 0.6, 0.3] };

/**
 * How much the mention's place in its sentence says it answers. One answer sits among the question's
 * words (DrQA: the distinct question words around it, nearer counting more); a list's members need only be
 * near one of them, so a host named a few words off still counts beside the members. Whoever the passage
 * says does the asked verb counts as near as can be.
 */
function placeFit(question: QuestionAnalysis, anchors: Anchors, agent: boolean, span: [number, number]) {
  if (question.plural)
    return 0.4 + (agent ? 1 : 1 / (1 + Math.min(distanceToAnchors(anchors, ...span), 400) / 60));
  const closeness = closenessToAnchors(anchors, ...span);
  return 0.2 + (agent ? Math.max(closeness, 1) : closeness);
}

const LOCATIVE = /\b(at|in)\s+(the\s+)?$/i;
const locative = (text: string, entity: Entity) =>
  LOCATIVE.test(text.slice(Math.max(0, entity.start - 12), entity.start));

/** A question word's weight in closeness: its idf against the question's mean (a rare word says more), 1 without idf. */
function termWeights(terms: readonly string[], idf?: (term: string) => number): (term: string) => number {
  if (!idf) return () => 1;
  const seen = terms.map(idf).filter((w) => w > 0);
  const mean = seen.length > 0 ? seen.reduce((a, b) => a + b, 0) / seen.length : 1;
  return (term) => (idf(term) || mean) / mean;
}

/** One short answer value ("Scott Bessent", "February 19–20") and the passages that state it. */
export interface Fact {
  value: string;
  type: Entity['type'];
  /** How well it answers: its best single mention, or for a list question the sum over its mentions. */
  weight: number;
  /** The sum of its mentions' weights (how often, and how well, the passages state it): breaks ties. */
  total: number;
  sources: Candidate[];
  /** Set when the passages say this one hosted what the question asks who attended. */
  role?: 'host';
}

function factWeight(
  entity: Entity,
  candidate: Candidate,
  question: QuestionAnalysis,
  anchors: Anchors,
  roles: RoleReading,
): number {
  const typeRank = question.wants.indexOf(entity.type as never);
  // Members of one enumeration sit as near the question's words as the list does.
  const list = roles.listOf(entity);
  const [start, end] = list ? [list[0]!.start, list[list.length - 1]!.end] : [entity.start, entity.end];
  const types = question.plural ? TYPE_WEIGHTS.list : TYPE_WEIGHTS.one;
  let weight =
    candidate.score *
    (types[typeRank] ?? types[types.length - 1]!) *
    placeFit(question, anchors, roles.isAgent(entity), [start, end]) *
    roles.weight(entity);
  if (question.kind === 'place' && locative(candidate.passage.text, entity)) weight *= 2.5;
  if (question.kind === 'date') weight *= dateWeight(question, candidate.passage.text, entity);
  if (
    question.kind === 'amount' &&
    question.focus &&
    countsFocus(candidate.passage.text, entity, question.focus)
  )
    weight *= 2;
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
  idf?: (term: string) => number,
): Fact[] {
  if (question.wants.length === 0) return [];
  const asked = new Set(question.terms);
  const weightOf = termWeights(question.terms, idf);
  const facts = new Map<string, Fact>();
  const title = findTitleAsked(question.text);
  const measure = asksMeasure(question.text);
  for (const candidate of support) {
    const anchors = findAnchors(candidate.passage.text, asked, weightOf);
    const entities = entitiesOf(candidate);
    const roles = readRoles(question, candidate.passage.text, entities);
    for (const entity of entities) {
      if (!question.wants.includes(entity.type as never) || namedInQuestion(entity, asked)) continue;
      // An amount is stated as written, multiplier and unit included ("£304m", "17 seconds").
      const stated =
        entity.type === 'amount' && question.kind === 'amount'
          ? withUnit(candidate.passage.text, entity, measure)
          : entity;
      if (entity.type === 'amount' && measure && !isMeasure(stated.text)) continue;
      // "A summit convened in Washington": where something happened is not who did it.
      if (question.kind === 'person' && entity.type === 'place' && locative(candidate.passage.text, entity))
        continue;
      const key = stated.name.toLowerCase();
      const fact = facts.get(key) ?? {
        value: stated.name,
        type: entity.type,
        weight: 0,
        total: 0,
        sources: [],
      };
      if (roles.hosts.has(entity)) fact.role = 'host';
      const weight =
        factWeight(entity, candidate, question, anchors, roles) *
        (title ? titleFit(title, candidate.passage.text, entity) : 1);
      fact.total += weight;
      // One answer is the one the best sentence states nearest the question's words (DrQA's reading), not the
      // one most passages mention; a list gathers every member, so there each mention adds.
      const bestYet = !question.plural && weight > fact.weight;
      fact.weight = question.plural ? fact.total : Math.max(fact.weight, weight);
      // The passage of its best mention comes first: it is the one cited first and the span's source.
      if (!fact.sources.includes(candidate)) {
        if (bestYet) fact.sources.unshift(candidate);
        else fact.sources.push(candidate);
      }
      facts.set(key, fact);
    }
  }
  const ranked = [...facts.values()].sort((a, b) => b.weight - a.weight || b.total - a.total);
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
