/** How often each analysed term occurs, in order of first occurrence. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * The L2-normalised TF-IDF vector of term counts: `(1 + ln tf) · idf`, terms of no weight left out,
 * in the counts' order. Counts taken elsewhere (a worker thread) weigh exactly as the index's own.
 */
export function weighTerms(
  counts: Iterable<readonly [string, number]>,
  idf: (term: string) => number,
): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, freq] of counts) {
    const weight = (1 + Math.log(freq)) * idf(term);
    if (weight <= 0) continue;
    vector.set(term, weight);
    norm += weight ** 2;
  }
  norm = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}
