import type { SectionValue, SnapshotReader } from '../snapshot/snapshot-bytes.js';
import type { TopTerms } from '../entities/lead-lookup.js';
import { PackedDerived, PackedJSON, type SavedDerived } from './derived-json.js';

const encoder = new TextEncoder();

/** `[file, lead, terms or 0, borrowedFrom (0 when unset), passages]` */
type MetaRow = [string, string | null, TopTerms | 0, string | null | 0, number];

/** Derived data as snapshot sections; what is still packed is copied as the bytes it came as. */
export function writeDerivedSections(derived: SavedDerived): Record<string, SectionValue> {
  const meta: MetaRow[] = [];
  const bodies: Uint8Array[] = [];
  const entries = Object.entries(derived.articles);
  const ends = new Uint32Array(entries.length);
  let end = 0;
  entries.forEach(([file, d], i) => {
    const packed = d instanceof PackedDerived;
    const body = packed ? d.bytes : encoder.encode(JSON.stringify([d.entities, d.labels]));
    const borrowed = d.borrowedFrom === undefined ? 0 : d.borrowedFrom;
    meta.push([file, d.lead, d.terms ?? 0, borrowed, packed ? d.passages : d.entities.length]);
    bodies.push(body);
    end += body.byteLength;
    ends[i] = end;
  });
  return {
    'derived.fingerprint': { kind: 'json', value: derived.fingerprint },
    'derived.lexicon':
      derived.lexicon instanceof PackedJSON
        ? { kind: 'json', bytes: derived.lexicon.bytes }
        : { kind: 'json', value: derived.lexicon },
    'derived.meta': { kind: 'json', value: meta },
    'derived.body': { kind: 'bytes', value: bodies },
    'derived.ends': { kind: 'u32', value: ends },
  };
}

/** Reads derived data back with entities and labels left packed; throws when the sections do not fit together. */
export function readDerivedSections(snapshot: SnapshotReader): SavedDerived {
  const fingerprint = snapshot.json('derived.fingerprint');
  const meta = snapshot.json('derived.meta') as MetaRow[];
  const bodies = snapshot.bytes('derived.body');
  const ends = snapshot.u32('derived.ends');
  const fits =
    typeof fingerprint === 'string' &&
    Array.isArray(meta) &&
    meta.length === ends.length &&
    (ends.length === 0 || ends[ends.length - 1] === bodies.byteLength) &&
    ends.every((e, i) => i === 0 || e >= ends[i - 1]!);
  if (!fits) throw new Error('engine snapshot: derived data does not add up');
  const articles: SavedDerived['articles'] = {};
  meta.forEach(([file, lead, terms, borrowedFrom, passages], i) => {
    const bytes = bodies.subarray(i === 0 ? 0 : ends[i - 1]!, ends[i]!);
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
