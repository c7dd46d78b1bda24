/** An item with its score, as a top-k selection returns it. */
export interface Ranked<T> {
  item: T;
  score: number;
}

/** The best items offered so far, at most `limit`, by score and then by the lower order. */
export interface TopHeap<T> {
  /** Keeps the item when it beats the worst kept one (or fewer than `limit` are kept). */
  offer(item: T, score: number, order: number): void;
  /** The worst kept score once `limit` items are kept (an item must reach it to be kept); -Infinity before. */
  worst(): number;
  /** The kept items, best first; equal scores by order. */
  ranked(): Array<Ranked<T>>;
}

interface Entry<T> {
  item: T;
  score: number;
  order: number;
}

const worse = (a: Entry<unknown>, b: Entry<unknown>) =>
  a.score < b.score || (a.score === b.score && a.order > b.order);

/** A size-`limit` min-heap: O(log k) per kept item, one comparison per dismissed one. */
export function createTopHeap<T>(limit: number): TopHeap<T> {
  const heap: Array<Entry<T>> = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  return {
    offer(item, score, order) {
      if (limit <= 0) return;
      if (heap.length < limit) {
        heap.push({ item, score, order });
        for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1)
          swap(i, (i - 1) >> 1);
        return;
      }
      // Most items of a long list lose to the worst kept one: they are dismissed without an entry.
      const least = heap[0]!;
      if (!(least.score < score || (least.score === score && least.order > order))) return;
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
    },
    worst: () => (heap.length < limit || limit <= 0 ? -Infinity : heap[0]!.score),
    ranked: () =>
      [...heap]
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .map(({ item, score }) => ({ item, score })),
  };
}
