/** `name` is a proper name of unknown kind (capitalised, not sentence-initial, not otherwise classified). */
export type EntityType = 'person' | 'org' | 'place' | 'event' | 'date' | 'amount' | 'name';

/** A named thing found in text, with offsets into that text. */
export interface Entity {
  /** Verbatim: `source.slice(start, end)`. */
  text: string;
  /** Canonical name: the full name when the text is a known surname ("Bessent" → "Scott Bessent"), else the text. */
  name: string;
  type: EntityType;
  start: number;
  end: number;
}
