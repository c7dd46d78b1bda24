/** Corpus statistics a term score needs. */
export interface TermStats {
  /** Documents in the index. */
  docCount: number;
  /** Documents holding the term. */
  docFreq: number;
  /** Occurrences of the term in this document. */
  termFreq: number;
  /** Terms in this document, and the corpus average. */
  docLength: number;
  avgDocLength: number;
}

export type Weighting = 'bm25' | 'tfidf';

export interface ScoringOptions {
  weighting: Weighting;
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation. */
  b: number;
}

/** Inverse document frequency; BM25's smoothed form stays positive for very common terms. */
export function idf(weighting: Weighting, docCount: number, docFreq: number): number {
  return weighting === 'bm25'
    ? Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5))
    : Math.log(1 + docCount / docFreq);
}

/**
 * Weight of one term in one document, given the term's `idf` (so a posting list's walk computes it once).
 * BM25 saturates term frequency and normalises by length; classic TF-IDF uses log-scaled frequency
 * (cosine normalisation is applied by the caller).
 */
export function scoreTermWith(weight: number, stats: TermStats, options: ScoringOptions): number {
  if (options.weighting === 'tfidf') return (1 + Math.log(stats.termFreq)) * weight;
  const lengthRatio = stats.avgDocLength > 0 ? stats.docLength / stats.avgDocLength : 1;
  const saturation = stats.termFreq + options.k1 * (1 - options.b + options.b * lengthRatio);
  return (weight * stats.termFreq * (options.k1 + 1)) / saturation;
}
