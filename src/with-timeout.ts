/** Thrown by withTimeout when the work did not settle in time. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Settles as `work` does, or rejects with TimeoutError(`message`) after `ms`. The timer is cleared as
 * soon as `work` settles, so nothing is left pending that would keep the process alive; a late
 * rejection of `work` is absorbed, never unhandled. `work` itself is not cancelled.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(message)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
