import type { Entity } from '../entities/find-entities.js';
import { analyzeText } from '../index/analyze-text.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { findAgents } from './find-agents.js';
import { findLists } from './find-lists.js';
import { namedInQuestion } from './named-in-question.js';

/** Verbs that make someone the host of a meeting rather than one who attended it. */
const HOSTING = ['host', 'chair', 'conven', 'organ'];
const ATTENDING = new Set(['attend', 'particip', 'join', 'meet']);

export interface RoleReading {
  /** Multiplies an entity's weight: agents of the question's verb gain, others in a sentence that uses it lose. */
  weight(entity: Entity): number;
  /** Whether the passage says this entity does the question's verb (it is then as near the question as can be). */
  isAgent(entity: Entity): boolean;
  /** Hosts, when the question asks who attended: kept apart from the attendees. */
  hosts: ReadonlySet<Entity>;
  /** The enumeration an entity belongs to, if any (its members answer together). */
  listOf(entity: Entity): Entity[] | null;
}

/** Reads one passage for a question: who does the asked verb, who hosted, which names are listed together. */
export function readRoles(question: QuestionAnalysis, text: string, entities: Entity[]): RoleReading {
  const asked = new Set(question.terms);
  // "Where were the talks held?" asks for the place, not for who held them ("India and the US have held talks in Washington").
  const asksWhere = question.kind === 'place' && /\bwhere\b/i.test(question.text);
  const found = question.verb && !asksWhere ? findAgents(text, question.verb, entities) : [];
  // "who met vaishnaw?" over "Vaishnaw met Kratsios ...": when the question names the doer, the answer is the other party.
  const agents = new Set(found.some((agent) => namedInQuestion(agent, asked)) ? [] : found);
  const asksAttendance = question.verb !== null && ATTENDING.has(question.verb);
  const hosts = new Set(asksAttendance ? HOSTING.flatMap((verb) => findAgents(text, verb, entities)) : []);
  const lists = findLists(text, entities);
  // "Who did the ministry sign the deal with?": the answer follows that preposition in the passage.
  const preposition =
    /\b(with|to|from|by|for|against)\s*\??$/i.exec(question.text)?.[1]?.toLowerCase() ?? null;
  const afterPreposition = (e: Entity) =>
    preposition !== null &&
    new RegExp(`\\b${preposition}\\s+(?:the\\s+)?$`, 'i').test(
      text.slice(Math.max(0, e.start - 12), e.start),
    );
  // "Zambia's mines ministry" when the question asks about the ministry: the owner is context, not answer.
  const ownsAsked = (e: Entity) =>
    analyzeText(/^['’]s\s+((?:\p{L}+\s+){0,2})/u.exec(text.slice(e.end))?.[1] ?? '').some((t) =>
      asked.has(t),
    );
  const relation = (e: Entity) => (afterPreposition(e) ? 2.5 : 1) * (ownsAsked(e) ? 0.3 : 1);
  return {
    weight: (entity) =>
      relation(entity) * (agents.size === 0 || hosts.has(entity) ? 1 : agents.has(entity) ? 3 : 0.35),
    isAgent: (entity) => agents.has(entity),
    hosts,
    listOf: (entity) => lists.find((list) => list.includes(entity)) ?? null,
  };
}
