import { patchListing } from '../../src/corpus/patch-listing.js';

test('a batch applied after a listing: removed files leave it, indexed ones take the stamp the engine read', () => {
  const listed = [
    { name: 'a.txt', size: 1, mtimeMs: 1 },
    { name: 'b.txt', size: 2, mtimeMs: 2 },
    { name: 'd.txt', size: 4, mtimeMs: 4 },
  ];
  const engine: Record<string, { size: number | null; mtimeMs: number | null }> = {
    'a.txt': { size: 5, mtimeMs: 9 },
    'c.txt': { size: 3, mtimeMs: 3 },
    // Indexed from bytes with no file behind them: nothing to list.
    'e.txt': { size: null, mtimeMs: null },
  };
  const batch = { upserted: ['e.txt', 'c.txt', 'a.txt'], removed: ['b.txt'] };
  expect(patchListing(listed, batch, (name) => engine[name])).toEqual([
    { name: 'a.txt', size: 5, mtimeMs: 9 },
    { name: 'c.txt', size: 3, mtimeMs: 3 },
    { name: 'd.txt', size: 4, mtimeMs: 4 },
  ]);
  expect(listed).toHaveLength(3);
});
