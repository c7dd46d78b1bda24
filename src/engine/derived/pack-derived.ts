import {
  jsonToBytes,
  readPieces,
  writePieces,
  type SectionValue,
  type SnapshotReader,
} from '../snapshot/snapshot-bytes.js';
import type { TopTerms } from '../entities/lead-lookup.js';
import { PackedDerived, PackedJSON, type SavedDerived } from './derived-json.js';

/** `[file, lead, terms or 0, borrowedFrom (0 when unset), passages]` */
type MetaRow = [string, string | null, TopTerms | 0, string | null | 0, number];

/** Derived data as snapshot sections; what is still packed is copied as the bytes it came as. */
export function writeDerivedSections(derived: SavedDerived): Record<string, SectionValue> {
  const meta: MetaRow[] = [];
  const bodies: Uint8Array[] = [];
  for (const [file, d] of Object.entries(derived.articles)) {
    const packed = d instanceof PackedDerived;
    const body = packed ? d.bytes : jsonToBytes([d.entities, d.labels]);
    const borrowed = d.borrowedFrom === undefined ? 0 : d.borrowedFrom;
    meta.push([file, d.lead, d.terms ?? 0, borrowed, packed ? d.passages : d.entities.length]);
    bodies.push(body);
  }
  return {
    'derived.fingerprint': { kind: 'json', value: derived.fingerprint },
    'derived.lexicon':
      derived.lexicon instanceof PackedJSON
        ? { kind: 'json', bytes: derived.lexicon.bytes }
        : { kind: 'json', value: derived.lexicon },
    'derived.meta': { kind: 'json', value: meta },
    ...writePieces('derived', bodies),
  };
}

/** Reads derived data back with entities and labels left packed; throws when the sections do not fit together. */
export function readDerivedSections(snapshot: SnapshotReader): SavedDerived {
  const fingerprint = snapshot.json('derived.fingerprint');
  const meta = snapshot.json('derived.meta') as MetaRow[];
  if (typeof fingerprint !== 'string' || !Array.isArray(meta))
    throw new Error('engine snapshot: derived data does not add up');
  const bodies = readPieces(snapshot, 'derived', meta.length);
  const articles: SavedDerived['articles'] = {};
  meta.forEach(([file, lead, terms, borrowedFrom, passages], i) => {
    const bytes = bodies[i]!;
    articles[file] = new PackedDerived(
      lead,
      terms === 0 ? undefined : terms,
      borrowedFrom === 0 ? undefined : borrowedFrom,
      passages,
      bytes,
    );
  });
  return { fingerprint, lexicon: new PackedJSON(snapshot.jsonBytes('derived.lexicon')), articles };
}
