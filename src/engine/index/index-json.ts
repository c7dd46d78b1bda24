import type { AnalysisOptions } from './analyze-text.js';
import type { FieldWeights } from './group-fields.js';
import type { PackedPostings } from './postings.js';
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

/** Version 5: each group title's analysed terms kept (version 4: postings in typed arrays, and a binary form). */
export const INDEX_VERSION = 5;

/** Packs postings from their flattened `[slot, freq, slot, freq, ...]` JSON form. */
export function packPostings(flattened: Record<string, number[]>): PackedPostings {
  const terms = Object.keys(flattened);
  const starts = new Uint32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, n) => {
    starts[n] = total;
    total += flattened[term]!.length >> 1;
  });
  starts[terms.length] = total;
  const slots = new Uint32Array(total);
  const freqs = new Uint32Array(total);
  terms.forEach((term, n) => {
    const flat = flattened[term]!;
    for (let i = 0, at = starts[n]!; i + 1 < flat.length; i += 2, at++) {
      slots[at] = flat[i]!;
      freqs[at] = flat[i + 1]!;
    }
  });
  return { terms, starts, slots, freqs };
}

/** The flattened JSON form of packed postings. */
export function flattenPostings({ terms, starts, slots, freqs }: PackedPostings): Record<string, number[]> {
  const flattened: Record<string, number[]> = {};
  terms.forEach((term, n) => {
    const flat: number[] = [];
    for (let i = starts[n]!; i < starts[n + 1]!; i++) flat.push(slots[i]!, freqs[i]!);
    flattened[term] = flat;
  });
  return flattened;
}

/** Live documents only, renumbered, so the holes removals leave are not persisted. */
export function compactSlots(ids: ReadonlyArray<string | null>, lengths: readonly number[]) {
  const renumber = new Int32Array(ids.length).fill(-1);
  const liveIds: string[] = [];
  const liveLengths: number[] = [];
  const liveSlots: number[] = [];
  ids.forEach((id, slot) => {
    if (id === null) return;
    renumber[slot] = liveIds.length;
    liveIds.push(id);
    liveLengths.push(lengths[slot]!);
    liveSlots.push(slot);
  });
  return { renumber, ids: liveIds, lengths: liveLengths, liveSlots };
}
