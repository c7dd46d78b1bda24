import { createLeadLookup, topTerms, type TopTerms } from '../entities/lead-lookup.js';
import type { IndexOptions } from '../index/search-index.js';
import { weighTerms } from '../index/term-vector.js';
import { readPieces, readSnapshot, type SnapshotReader } from '../snapshot/snapshot-bytes.js';
import { PackedDerived, PackedJSON, type SavedDerived } from './derived-json.js';
import { PART_VERSION, type PartRow } from './derived-part.js';
import { derivedFingerprint } from './derived-version.js';

/** An article as the engine holds it, to check a part against. */
export interface HeldArticle {
  file: string;
  hash: string;
  passages: number;
}

const encoder = new TextEncoder();

const sameOptions = (a: Record<string, unknown>, b: IndexOptions) =>
  Object.keys({ ...a, ...b }).every((key) => a[key] === b[key as keyof IndexOptions]);

/** The part's sections, or null when it is not of these articles, this analysis or this entity finder. */
function openPart(bytes: Uint8Array, held: readonly HeldArticle[], options: IndexOptions) {
  let part: SnapshotReader;
  try {
    part = readSnapshot(bytes);
  } catch {
    return null;
  }
  const { version, fingerprint, options: used } = part.header;
  if (version !== PART_VERSION || fingerprint !== derivedFingerprint()) return null;
  if (typeof used !== 'object' || used === null || !sameOptions(used as Record<string, unknown>, options))
    return null;
  const rows = part.json('part.rows') as PartRow[];
  const fits = (row: PartRow, i: number) =>
    row[0] === held[i]!.file && row[1] === held[i]!.hash && row[2] === held[i]!.passages;
  if (!Array.isArray(rows) || rows.length !== held.length || !rows.every(fits)) return null;
  return { part, rows };
}

/** `[entities, labels]` as `jsonToBytes` writes it, from the entities' JSON bytes and the labels. */
function withLabels(entities: Uint8Array, labels: Array<string | null>): Uint8Array {
  const tail = encoder.encode(`,${JSON.stringify(labels)}]`);
  const body = new Uint8Array(1 + entities.byteLength + tail.byteLength);
  body[0] = 0x5b; // '['
  body.set(entities, 1);
  body.set(tail, 1 + entities.byteLength);
  return body;
}

/**
 * Finishes derived data computed apart (`createDerivedPart` over `held`, in that order) against
 * the built index, as a cold build in one thread would: top terms of articles with a lead weighed
 * under the index's statistics, and each article without one labelled with the lead of the most
 * similar article. Null when the part does not fit `held`, the index's analysis or the running
 * entity finder (or is damaged): the caller derives the data itself.
 */
export function completeDerived(
  bytes: Uint8Array,
  held: readonly HeldArticle[],
  index: { options: IndexOptions; idf(term: string): number },
): SavedDerived | null {
  const opened = openPart(bytes, held, index.options);
  if (!opened) return null;
  const { part, rows } = opened;
  const terms = part.strings('part.terms');
  const counts = part.u32('part.counts');
  const bodies = readPieces(part, 'part.bodies', rows.length);
  // Where each article's counts start; checked to cover the counts exactly and name known terms.
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < rows.length && at < counts.length; i++) {
    starts.push(at);
    const end = at + 1 + 2 * counts[at]!;
    for (at++; at < end && at < counts.length; at += 2) if (counts[at]! >= terms.length) return null;
    if (at !== end) return null;
  }
  if (starts.length !== rows.length || at !== counts.length) return null;
  // Each term's weight is looked up once, not once per article holding it.
  const idfs = new Map(terms.map((term) => [term, index.idf(term)]));
  const idf = (term: string) => idfs.get(term)!;
  const vectorOf = (i: number) => {
    const pairs: Array<[string, number]> = [];
    for (let n = counts[starts[i]!]!, k = starts[i]! + 1; n > 0; n--, k += 2)
      pairs.push([terms[counts[k]!]!, counts[k + 1]!]);
    return weighTerms(pairs, idf);
  };

  const lookup = createLeadLookup();
  const topOf = new Map<string, TopTerms>();
  rows.forEach(([file, , , lead], i) => {
    if (lead === null) return;
    const top = topTerms(vectorOf(i));
    topOf.set(file, top);
    lookup.add(file, lead, top);
  });
  const articles: SavedDerived['articles'] = {};
  rows.forEach(([file, , passages, lead], i) => {
    if (lead !== null) {
      articles[file] = new PackedDerived(lead, topOf.get(file), undefined, passages, bodies[i]!);
      return;
    }
    const similar = lookup.mostSimilar(vectorOf(i), file);
    const labels = new Array<string | null>(passages).fill(similar?.lead ?? null);
    articles[file] = new PackedDerived(
      null,
      undefined,
      similar?.file ?? null,
      passages,
      withLabels(bodies[i]!, labels),
    );
  });
  return {
    fingerprint: derivedFingerprint(),
    lexicon: new PackedJSON(part.jsonBytes('part.lexicon')),
    articles,
  };
}
