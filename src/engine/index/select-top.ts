import { createTopHeap, type Ranked } from './top-heap.js';

export type { Ranked } from './top-heap.js';

/**
 * The `limit` highest-scoring items, best first, via a size-`limit` min-heap:
 * O(n log k) instead of sorting every candidate, which matters when a common
 * term touches most of a 100k-passage index. Ties keep input order.
 */
export function selectTop<T>(
  items: readonly T[],
  limit: number,
  scoreOf: (item: T) => number,
): Array<Ranked<T>> {
  const top = createTopHeap<T>(limit);
  for (let order = 0; order < items.length; order++) {
    const item = items[order]!;
    top.offer(item, scoreOf(item), order);
  }
  return top.ranked();
}
