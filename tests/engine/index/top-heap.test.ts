import { createTopHeap } from '../../../src/engine/index/top-heap.js';

// Scores with many ties (a duplicated story scores the same everywhere), orders distinct.
const entries = Array.from({ length: 2000 }, (_, order) => ({
  item: `d${order}`,
  score: (order * 7919) % 37,
  order,
}));
const fullSort = (limit: number) =>
  [...entries]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ item, score }) => ({ item, score }));

describe('createTopHeap', () => {
  test.each([1, 10, 40, 3000])(
    'keeps the best %i, ties by the lower order, whatever order they are offered in',
    (limit) => {
      const shuffled = [...entries].sort((a, b) => ((a.order * 104729) % 2003) - ((b.order * 104729) % 2003));
      for (const offered of [entries, shuffled, [...entries].reverse()]) {
        const top = createTopHeap<string>(limit);
        for (const { item, score, order } of offered) top.offer(item, score, order);
        expect(top.ranked()).toEqual(fullSort(limit));
      }
    },
  );

  test('reports no worst score until it is full, then the lowest kept one', () => {
    const top = createTopHeap<string>(3);
    top.offer('a', 5, 0);
    top.offer('b', 9, 1);
    expect(top.worst()).toBe(-Infinity);
    top.offer('c', 7, 2);
    expect(top.worst()).toBe(5);
    top.offer('d', 8, 3);
    expect(top.worst()).toBe(7);
    expect(createTopHeap<string>(0).worst()).toBe(-Infinity);
  });
});
