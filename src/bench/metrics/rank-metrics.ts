/** Graded judgments for one query: doc id → grade (0 = not relevant). */
export type Judgments = Map<string, number>;

/** nDCG@k with linear gain (as trec_eval and BEIR compute it); the ideal ranking comes from the judgments. */
export function ndcgAt(ranked: string[], judged: Judgments, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += (judged.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...judged.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant (grade > 0) documents found in the top k. */
export function recallAt(ranked: string[], judged: Judgments, k: number): number {
  const relevant = [...judged].filter(([, g]) => g > 0).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** 1 when `wanted` is in the top k, else 0. */
export function hitAt(ranked: string[], wanted: string, k: number): number {
  return ranked.slice(0, k).includes(wanted) ? 1 : 0;
}

export function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
