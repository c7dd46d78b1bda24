import { TimeoutError, withTimeout } from '../src/with-timeout.js';

/** Timers this process holds that could keep it alive. */
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

test('work that settles in time gives its value or its error, and leaves no timer behind', async () => {
  const before = timers();
  await expect(withTimeout(Promise.resolve(7), 60_000, 'slow')).resolves.toBe(7);
  await expect(withTimeout(Promise.reject(new Error('refused')), 60_000, 'slow')).rejects.toThrow('refused');
  expect(timers()).toBe(before);
});

test('work that takes too long is a TimeoutError with the message; its late failure is not unhandled', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    let fail!: (error: Error) => void;
    const late = new Promise<never>((_, reject) => (fail = reject));
    const started = Date.now();
    const outcome = withTimeout(late, 50, 'no answer within 50 ms');
    await expect(outcome).rejects.toBeInstanceOf(TimeoutError);
    await expect(outcome).rejects.toThrow('no answer within 50 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    fail(new Error('too late'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
