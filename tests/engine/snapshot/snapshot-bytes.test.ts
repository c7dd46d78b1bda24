import { readSnapshot, writeSnapshot } from '../../../src/engine/snapshot/snapshot-bytes.js';

test('sections come back as written: typed arrays, string lists, JSON and pieces of bytes', () => {
  const bytes = writeSnapshot(
    { version: 3 },
    {
      a: { kind: 'u32', value: Uint32Array.from([1, 2, 4_000_000_000]) },
      plain: { kind: 'strings', value: ['x#0.1', '', 'ünï'] },
      // A NUL inside, or a lone empty string, cannot be NUL-joined: written as JSON instead.
      nul: { kind: 'strings', value: ['a\0b', 'c'] },
      lone: { kind: 'strings', value: [''] },
      none: { kind: 'strings', value: [] },
      odd: { kind: 'i32', value: Int32Array.from([-1, 7]) },
      json: { kind: 'json', value: { k: [1, null, 'x'] } },
      pieces: { kind: 'bytes', value: [Uint8Array.from([1, 2, 3]), Uint8Array.from([4])] },
      f: { kind: 'f64', value: Float64Array.from([0.5, -2]) },
    },
  );
  const read = readSnapshot(bytes);
  expect(read.header.version).toBe(3);
  expect([...read.u32('a')]).toEqual([1, 2, 4_000_000_000]);
  expect(read.strings('plain')).toEqual(['x#0.1', '', 'ünï']);
  expect(read.strings('nul')).toEqual(['a\0b', 'c']);
  expect(read.strings('lone')).toEqual(['']);
  expect(read.strings('none')).toEqual([]);
  expect([...read.i32('odd')]).toEqual([-1, 7]);
  expect(read.json('json')).toEqual({ k: [1, null, 'x'] });
  expect([...read.bytes('pieces')]).toEqual([1, 2, 3, 4]);
  expect([...read.f64('f')]).toEqual([0.5, -2]);
  expect(read.has('missing')).toBe(false);
  expect(() => read.u32('missing')).toThrow(/missing/);
  // A section read as another kind is refused, not reinterpreted.
  expect(() => read.u32('odd')).toThrow(/missing/);
});

test('bytes at an odd offset are copied before typed arrays view them', () => {
  const bytes = writeSnapshot({}, { a: { kind: 'u32', value: Uint32Array.from([9, 8]) } });
  const shifted = new Uint8Array(bytes.byteLength + 1).subarray(1);
  shifted.set(bytes);
  expect([...readSnapshot(shifted).u32('a')]).toEqual([9, 8]);
});

test('foreign, cut-short and padded bytes are refused', () => {
  const bytes = writeSnapshot({ version: 1 }, { a: { kind: 'json', value: [1, 2, 3] } });
  expect(() => readSnapshot(new TextEncoder().encode('{"version":1}'))).toThrow(/not a minerals snapshot/);
  expect(() => readSnapshot(bytes.subarray(0, bytes.byteLength - 8))).toThrow(/truncated/);
  const padded = new Uint8Array(bytes.byteLength + 8);
  padded.set(bytes);
  expect(() => readSnapshot(padded)).toThrow(/truncated or padded/);
  expect(() => readSnapshot(new Uint8Array(3))).toThrow(/not a minerals snapshot/);
});
