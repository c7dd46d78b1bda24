/** The q-quantile (0..1) by nearest rank over a copy of the samples. */
export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function median(samples: number[]): number {
  return percentile(samples, 0.5);
}

/** Runs `fn` once per input and returns each call's wall time in milliseconds. */
export function timeEach<T>(inputs: T[], fn: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const start = process.hrtime.bigint();
    fn(input);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
}
