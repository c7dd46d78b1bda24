import { hitAt, mean, ndcgAt, recallAt } from '../../../src/bench/metrics/rank-metrics.js';

describe('ranking metrics', () => {
  const judged = new Map([
    ['a', 2],
    ['b', 1],
    ['z', 0],
  ]);

  test('nDCG@k is 1 for the ideal order and lower otherwise', () => {
    expect(ndcgAt(['a', 'b', 'x'], judged, 10)).toBeCloseTo(1);
    const swapped = (1 + 2 / Math.log2(3)) / (2 + 1 / Math.log2(3));
    expect(ndcgAt(['b', 'a'], judged, 10)).toBeCloseTo(swapped);
    expect(ndcgAt(['x', 'y'], judged, 10)).toBe(0);
    expect(ndcgAt(['x', 'a'], judged, 1)).toBe(0);
  });

  test('recall@k counts relevant documents found in the top k', () => {
    expect(recallAt(['x', 'a', 'z'], judged, 100)).toBe(0.5);
    expect(recallAt(['x', 'a', 'b'], judged, 2)).toBe(0.5);
    expect(recallAt(['x'], new Map(), 2)).toBe(0);
  });

  test('hit@k and mean', () => {
    expect(hitAt(['x', 'a'], 'a', 1)).toBe(0);
    expect(hitAt(['x', 'a'], 'a', 5)).toBe(1);
    expect(mean([1, 0, 0, 1])).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});
