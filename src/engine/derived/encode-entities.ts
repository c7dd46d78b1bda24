import type { Entity, EntityType } from '../entities/find-entities.js';

const TYPES: readonly EntityType[] = ['person', 'org', 'place', 'event', 'date', 'amount', 'name'];
const TYPE_CODE = new Map(TYPES.map((type, code) => [type, code]));

/**
 * An entity as persisted: `[start, end, type, name?, text?]`. The text is the passage sliced at
 * [start, end) and the name the text, so both are written only when they differ.
 */
export type EncodedEntity =
  | [number, number, number]
  | [number, number, number, string | 0]
  | [number, number, number, string | 0, string];

export function encodeEntities(source: string, entities: Entity[]): EncodedEntity[] {
  return entities.map((e) => {
    const type = TYPE_CODE.get(e.type)!;
    if (source.slice(e.start, e.end) !== e.text)
      return [e.start, e.end, type, e.name === e.text ? 0 : e.name, e.text];
    return e.name === e.text ? [e.start, e.end, type] : [e.start, e.end, type, e.name];
  });
}

export function decodeEntities(source: string, encoded: readonly EncodedEntity[]): Entity[] {
  return encoded.map(([start, end, type, name, text]) => {
    const verbatim = text ?? source.slice(start, end);
    return { text: verbatim, name: name || verbatim, type: TYPES[type]!, start, end };
  });
}
