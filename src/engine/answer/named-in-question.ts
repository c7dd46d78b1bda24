import type { Entity } from '../entities/find-entities.js';
import { analyzeText } from '../index/analyze-text.js';

/**
 * Whether the question already names this entity, so it cannot be the answer: every word of it is
 * asked ("Texas" for "Who is the new Miss Texas?"), or it is a person whose surname is asked
 * ("Ashwini Vaishnaw" for "who else attended besides vaishnaw").
 */
export function namedInQuestion(
  entity: Pick<Entity, 'name' | 'text' | 'type'>,
  asked: ReadonlySet<string>,
): boolean {
  for (const form of new Set([entity.text, entity.name])) {
    const terms = analyzeText(form);
    if (terms.length > 0 && terms.every((t) => asked.has(t))) return true;
    const surname = entity.type === 'person' && terms.length > 1 ? terms[terms.length - 1]! : null;
    if (surname && asked.has(surname)) return true;
  }
  return false;
}
