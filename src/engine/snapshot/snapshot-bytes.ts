/**
 * A binary snapshot: a small JSON header (version and the like, plus where each section lies) and
 * named byte sections, each aligned to 8 bytes so typed arrays can view them without a copy.
 * Layout: `MNRLSNAP`, header length (u32 LE), total length (u32 LE), header JSON, sections.
 * Numbers are little-endian; a big-endian machine refuses the bytes (and so rebuilds).
 */
const MAGIC = 'MNRLSNAP';
const PREFIX = 16;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A JSON value as UTF-8 bytes: how JSON sections and packed bodies are saved. */
export const jsonToBytes = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

/** The JSON value in UTF-8 bytes `jsonToBytes` wrote. */
export const parseJSONBytes = (bytes: Uint8Array): unknown => JSON.parse(decoder.decode(bytes));

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A section's contents: raw bytes, a typed array, a string list or any JSON value. */
export type SectionValue =
  /** Raw bytes, given in pieces or whole. */
  | { kind: 'bytes'; value: Uint8Array | readonly Uint8Array[] }
  | { kind: 'u32'; value: Uint32Array }
  | { kind: 'i32'; value: Int32Array }
  | { kind: 'f64'; value: Float64Array }
  | { kind: 'strings'; value: readonly string[] }
  | { kind: 'json'; value: unknown }
  /** A JSON section's bytes as read (`jsonBytes`), written back unparsed. */
  | { kind: 'json'; bytes: Uint8Array };

type Kind = SectionValue['kind'];
type Placed = [offset: number, length: number, kind: Kind | 'nul'];

const align = (n: number) => (n + 7) & ~7;

const bytesOf = (section: SectionValue): [Uint8Array | readonly Uint8Array[], Placed[2]] => {
  switch (section.kind) {
    case 'bytes':
      return [section.value, 'bytes'];
    case 'strings':
      // NUL-joined when no string holds a NUL (file names, ids and terms never do); JSON otherwise.
      // (A lone empty string would read back as no strings: JSON too.)
      return section.value.some((s) => s.includes('\0')) ||
        (section.value.length === 1 && section.value[0] === '')
        ? [jsonToBytes(section.value), 'strings']
        : [encoder.encode(section.value.join('\0')), 'nul'];
    case 'json':
      return ['bytes' in section ? section.bytes : jsonToBytes(section.value), 'json'];
    default:
      return [
        new Uint8Array(section.value.buffer, section.value.byteOffset, section.value.byteLength),
        section.kind,
      ];
  }
};

/** Writes a header and named sections as one byte array. */
export function writeSnapshot(
  header: Record<string, unknown>,
  sections: Record<string, SectionValue>,
): Uint8Array {
  const placed: Record<string, Placed> = {};
  const parts: Array<[number, Uint8Array]> = [];
  let offset = 0;
  for (const [name, section] of Object.entries(sections)) {
    const [bytes, kind] = bytesOf(section);
    let length = 0;
    for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) {
      parts.push([offset + length, piece]);
      length += piece.byteLength;
    }
    placed[name] = [offset, length, kind];
    offset = align(offset + length);
  }
  const head = jsonToBytes({ ...header, sections: placed });
  const start = align(PREFIX + head.byteLength);
  const out = new Uint8Array(start + offset);
  out.set(encoder.encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, head.byteLength, true);
  view.setUint32(12, out.byteLength >>> 0, true);
  out.set(head, PREFIX);
  for (const [at, bytes] of parts) out.set(bytes, start + at);
  return out;
}

/** Reads sections back; every reader throws on a section that is missing or of another kind. */
export interface SnapshotReader {
  readonly header: Record<string, unknown>;
  has(name: string): boolean;
  bytes(name: string): Uint8Array;
  u32(name: string): Uint32Array;
  i32(name: string): Int32Array;
  f64(name: string): Float64Array;
  strings(name: string): string[];
  json(name: string): unknown;
  /** A JSON section's bytes, unparsed. */
  jsonBytes(name: string): Uint8Array;
}

/** The header of snapshot bytes (version and the like) without reading any section; throws like `readSnapshot`. */
export function readSnapshotHeader(bytes: Uint8Array): Record<string, unknown> {
  return readSnapshot(bytes).header;
}

/** Opens snapshot bytes; throws on anything that is not a whole snapshot (truncated, foreign, garbled). */
export function readSnapshot(bytes: Uint8Array): SnapshotReader {
  if (!LITTLE_ENDIAN) throw new Error('snapshot: this machine is big-endian; the snapshot is rebuilt');
  if (bytes.byteLength < PREFIX || decoder.decode(bytes.subarray(0, 8)) !== MAGIC)
    throw new Error('snapshot: not a minerals snapshot');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = view.getUint32(8, true);
  if (view.getUint32(12, true) !== bytes.byteLength >>> 0 || PREFIX + headLength > bytes.byteLength)
    throw new Error('snapshot: truncated or padded');
  const header = parseJSONBytes(bytes.subarray(PREFIX, PREFIX + headLength)) as Record<string, unknown> & {
    sections?: Record<string, Placed>;
  };
  const start = align(PREFIX + headLength);
  const sections = header.sections ?? {};
  const section = (name: string, ...kinds: Array<Placed[2]>): [Uint8Array, Placed[2]] => {
    const placed = sections[name];
    if (!placed || !kinds.includes(placed[2])) throw new Error(`snapshot: section ${name} is missing`);
    const [offset, length, kind] = placed;
    if (start + offset + length > bytes.byteLength) throw new Error(`snapshot: section ${name} is cut off`);
    return [bytes.subarray(start + offset, start + offset + length), kind];
  };
  // A typed array views the bytes in place when they are aligned, else it gets a copy.
  const typed = <T>(
    name: string,
    kind: Kind,
    width: number,
    make: (b: ArrayBuffer, at: number, n: number) => T,
  ) => {
    const [raw] = section(name, kind);
    if (raw.byteLength % width !== 0) throw new Error(`snapshot: section ${name} is garbled`);
    const own = raw.byteOffset % width === 0 ? raw : raw.slice();
    return make(own.buffer as ArrayBuffer, own.byteOffset, own.byteLength / width);
  };
  return {
    header,
    has: (name) => name in sections,
    bytes: (name) => section(name, 'bytes')[0],
    u32: (name) => typed(name, 'u32', 4, (b, at, n) => new Uint32Array(b, at, n)),
    i32: (name) => typed(name, 'i32', 4, (b, at, n) => new Int32Array(b, at, n)),
    f64: (name) => typed(name, 'f64', 8, (b, at, n) => new Float64Array(b, at, n)),
    strings(name) {
      const [raw, kind] = section(name, 'nul', 'strings');
      if (kind === 'strings') return parseJSONBytes(raw) as string[];
      return raw.byteLength === 0 ? [] : decoder.decode(raw).split('\0');
    },
    json: (name) => parseJSONBytes(section(name, 'json')[0]),
    jsonBytes: (name) => section(name, 'json')[0],
  };
}

/** Byte strings end to end as two sections, `<name>.body` and `<name>.ends` (where each one ends). */
export function writePieces(name: string, pieces: readonly Uint8Array[]): Record<string, SectionValue> {
  const ends = new Uint32Array(pieces.length);
  let end = 0;
  pieces.forEach((piece, i) => (ends[i] = end += piece.byteLength));
  return {
    [`${name}.body`]: { kind: 'bytes', value: pieces },
    [`${name}.ends`]: { kind: 'u32', value: ends },
  };
}

/** The `count` byte strings `writePieces` wrote, as views; throws when they do not add up. */
export function readPieces(snapshot: SnapshotReader, name: string, count: number): Uint8Array[] {
  const body = snapshot.bytes(`${name}.body`);
  const ends = snapshot.u32(`${name}.ends`);
  const fits =
    ends.length === count &&
    (count === 0 || ends[count - 1] === body.byteLength) &&
    ends.every((end, i) => i === 0 || end >= ends[i - 1]!);
  if (!fits) throw new Error(`snapshot: ${name} does not add up`);
  return Array.from(ends, (end, i) => body.subarray(i === 0 ? 0 : ends[i - 1]!, end));
}
