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
  items.forEach((item, order) => {
    const entry = { item, score: scoreOf(item), order };
    if (heap.length < limit) {
      heap.push(entry);
      for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
    } else if (limit > 0 && worse(heap[0]!, entry)) {
      heap[0] = entry;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && worse(heap[left]!, heap[least]!)) least = left;
        if (right < heap.length && worse(heap[right]!, heap[least]!)) least = right;
        if (least === i) break;
        swap(i, least);
        i = least;
      }
    }
  });
  return heap
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ item, score }) => ({ item, score }));
}
