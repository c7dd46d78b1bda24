import { median, percentile, timeEach } from '../../../src/bench/metrics/summarize-timings.js';

describe('timing summaries', () => {
  test('nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(median(samples)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 1)).toBe(100);
    expect(median([3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  test('timeEach calls once per input and returns non-negative durations', () => {
    const seen: number[] = [];
    const times = timeEach([1, 2, 3], (n) => seen.push(n));
    expect(seen).toEqual([1, 2, 3]);
    expect(times).toHaveLength(3);
    times.forEach((t) => expect(t).toBeGreaterThanOrEqual(0));
  });
});
