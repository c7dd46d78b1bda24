import type { Entity } from '../entities/find-entities.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { findAgents } from './find-agents.js';
import { findLists } from './find-lists.js';

/** Verbs that make someone the host of a meeting rather than one who attended it. */
const HOSTING = ['host', 'chair', 'conven', 'organ'];
const ATTENDING = new Set(['attend', 'particip', 'join', 'meet']);

export interface RoleReading {
  /** Multiplies an entity's weight: agents of the question's verb gain, others in a sentence that uses it lose. */
  weight(entity: Entity): number;
  /** Hosts, when the question asks who attended: kept apart from the attendees. */
  hosts: ReadonlySet<Entity>;
  /** The enumeration an entity belongs to, if any (its members answer together). */
  listOf(entity: Entity): Entity[] | null;
}

/** Reads one passage for a question: who does the asked verb, who hosted, which names are listed together. */
export function readRoles(question: QuestionAnalysis, text: string, entities: Entity[]): RoleReading {
  const agents = question.verb ? new Set(findAgents(text, question.verb, entities)) : new Set<Entity>();
  const asksAttendance = question.verb !== null && ATTENDING.has(question.verb);
  const hosts = new Set(asksAttendance ? HOSTING.flatMap((verb) => findAgents(text, verb, entities)) : []);
  const lists = findLists(text, entities);
  return {
    weight: (entity) => (agents.size === 0 || hosts.has(entity) ? 1 : agents.has(entity) ? 3 : 0.35),
    hosts,
    listOf: (entity) => lists.find((list) => list.includes(entity)) ?? null,
  };
}
