export interface Ranked<T> {
  item: T;
  score: number;
}

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
  const heap: Array<Ranked<T> & { order: number }> = [];
  const worse = (a: { score: number; order: number }, b: { score: number; order: number }) =>
    a.score < b.score || (a.score === b.score && a.order > b.order);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (let order = 0; order < items.length; order++) {
    const item = items[order]!;
    const score = scoreOf(item);
    if (heap.length < limit) {
      heap.push({ item, score, order });
      for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
      continue;
    }
    // Most items of a long list lose to the heap's worst: they are dismissed without an entry.
    const least = heap[0];
    if (!least || !(least.score < score || (least.score === score && least.order > order))) continue;
    heap[0] = { item, score, order };
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && worse(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && worse(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) break;
      swap(i, smallest);
      i = smallest;
    }
  }
  return heap
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ item, score }) => ({ item, score }));
}
