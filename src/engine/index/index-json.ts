import type { AnalysisOptions } from './analyze-text.js';
import type { FieldWeights } from './group-fields.js';
import type { ScoringOptions } from './score-term.js';

/** Everything that shapes the index; one `defaultIndexOptions` (in search-index.ts). */
export interface IndexOptions extends ScoringOptions, AnalysisOptions, FieldWeights {}

/** Persisted form; `version` changes whenever analysis or layout does. */
export interface IndexJSON {
  version: number;
  options: IndexOptions;
  ids: string[];
  lengths: number[];
  /** term → flattened [slot, termFreq, slot, termFreq, ...] */
  postings: Record<string, number[]>;
  /** Group titles and lead flags (absent for an index without groups). */
  fields?: unknown;
}

export const INDEX_VERSION = 3;

/** Documents holding a term, with the term's frequency in each, by slot. */
export interface Posting {
  slots: number[];
  freqs: number[];
}

/** Restores postings from their flattened `[slot, freq, slot, freq, ...]` form. */
export function expandPostings(flattened: Record<string, number[]>): Map<string, Posting> {
  const postings = new Map<string, Posting>();
  for (const [term, flat] of Object.entries(flattened)) {
    const slots: number[] = [];
    const freqs: number[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      slots.push(flat[i]!);
      freqs.push(flat[i + 1]!);
    }
    postings.set(term, { slots, freqs });
  }
  return postings;
}

/** Live documents only, renumbered, so the holes removals leave are not persisted. */
export function compactIndex(
  ids: ReadonlyArray<string | null>,
  lengths: readonly number[],
  postings: ReadonlyMap<string, Posting>,
) {
  const renumber = new Map<number, number>();
  const liveIds: string[] = [];
  const liveLengths: number[] = [];
  ids.forEach((id, slot) => {
    if (id === null) return;
    renumber.set(slot, liveIds.length);
    liveIds.push(id);
    liveLengths.push(lengths[slot]!);
  });
  const flatPostings: Record<string, number[]> = {};
  for (const [term, posting] of postings) {
    const flat: number[] = [];
    posting.slots.forEach((slot, i) => flat.push(renumber.get(slot)!, posting.freqs[i]!));
    flatPostings[term] = flat;
  }
  return { ids: liveIds, lengths: liveLengths, postings: flatPostings };
}
