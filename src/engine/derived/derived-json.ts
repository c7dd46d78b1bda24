import type { TopTerms } from '../entities/lead-lookup.js';
import type { NameLexiconJSON } from '../entities/name-lexicon.js';
import { parseJSONBytes } from '../snapshot/snapshot-bytes.js';
import type { EncodedEntity } from './encode-entities.js';

/** What one article contributes, persisted with it. Arrays follow `article.passages`. */
export interface ArticleDerivedJSON {
  /** Entities per passage, names resolved against the corpus lexicon. */
  entities: EncodedEntity[][];
  /** Event label per passage. */
  labels: Array<string | null>;
  /** The first named event the article mentions. */
  lead: string | null;
  /** Top TF-IDF terms, for articles with a lead (others borrow it by similarity). */
  terms?: TopTerms;
  /** The article whose lead this one borrowed, for articles without one. */
  borrowedFrom?: string | null;
}

/** Persisted derived data; reused only when `fingerprint` matches the running entity finder. */
export interface DerivedJSON {
  fingerprint: string;
  lexicon: NameLexiconJSON;
  articles: Record<string, ArticleDerivedJSON>;
}

/** Derived data as restored from a binary snapshot: the lexicon and some articles' entities and labels still packed. */
export interface SavedDerived extends Omit<DerivedJSON, 'articles' | 'lexicon'> {
  lexicon: NameLexiconJSON | PackedJSON;
  articles: Record<string, ArticleDerivedJSON | PackedDerived>;
}

/** A JSON value still in the bytes it was saved as: parsed when first needed, else saved back as it came. */
export class PackedJSON {
  constructor(readonly bytes: Uint8Array) {}

  parse(): unknown {
    return parseJSONBytes(this.bytes);
  }
}

/**
 * One restored article's derived data whose entities and labels are still the JSON bytes they were
 * saved as: a start-up reads only leads and top terms (what relabelling needs), the rest when an
 * answer or a change reads the article.
 */
export class PackedDerived {
  constructor(
    readonly lead: string | null,
    readonly terms: TopTerms | undefined,
    readonly borrowedFrom: string | null | undefined,
    /** Passages covered (checked against the article's before reuse). */
    readonly passages: number,
    /** `[entities, labels]` as JSON. */
    readonly bytes: Uint8Array,
  ) {}

  unpack(): ArticleDerivedJSON {
    const [entities, labels] = parseJSONBytes(this.bytes) as [
      ArticleDerivedJSON['entities'],
      ArticleDerivedJSON['labels'],
    ];
    return {
      entities,
      labels,
      lead: this.lead,
      ...(this.terms ? { terms: this.terms } : {}),
      ...(this.borrowedFrom !== undefined ? { borrowedFrom: this.borrowedFrom } : {}),
    };
  }
}
