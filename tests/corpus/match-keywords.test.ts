import { compileKeywords } from '../../src/corpus/match-keywords.js';

test('OR filter matches any term, case-insensitively, at word boundaries, with plurals', () => {
  const m = compileKeywords('lithium OR cobalt OR rare earth');
  expect(m('China curbs exports of Rare Earths')).toBe(true);
  expect(m('LITHIUM price falls')).toBe(true);
  expect(m('rare-earth magnets')).toBe(true);
  expect(m('Gold hits record')).toBe(false);
  expect(m('a rare find on earth')).toBe(false);
  expect(m('cobaltite is a mineral')).toBe(false);
});

test('accepts | and , separators; empty filter passes everything', () => {
  expect(compileKeywords('nickel | graphite')('Graphite anode plant')).toBe(true);
  expect(compileKeywords('nickel, graphite')('Copper')).toBe(false);
  expect(compileKeywords('')('anything')).toBe(true);
  expect(compileKeywords(null)('anything')).toBe(true);
});
