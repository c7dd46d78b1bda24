/**
 * Runs tasks one at a time, in call order: a task starts only after the previous one settled.
 * A failed task rejects its own promise and does not stop the queue.
 */
export type WriteQueue = <T>(task: () => Promise<T> | T) => Promise<T>;

/** A fresh queue; `idle()` resolves once every task queued so far has settled. */
export function createWriteQueue(): WriteQueue & { idle(): Promise<void> } {
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T> | T): Promise<T> => {
    const next = tail.then(task);
    tail = next.catch(() => undefined);
    return next;
  };
  return Object.assign(enqueue, { idle: () => tail.then(() => undefined) });
}
