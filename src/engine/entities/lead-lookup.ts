/** An article's strongest TF-IDF terms with their weights, as kept for finding similar articles. */
export type TopTerms = Array<[string, number]>;

/** Terms kept per labelled article: enough for cosine similarity, small enough to persist. */
const TOP_TERMS = 100;

/** Similarity an article needs to borrow another's lead event. */
const MIN_SIMILARITY = 0.2;

/** The strongest `TOP_TERMS` terms of an L2-normalised vector. */
export function topTerms(vector: Map<string, number>): TopTerms {
  const top = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_TERMS);
  // Re-normalised, so cosine against the kept terms is not understated by the ones dropped.
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  return top.map(([term, w]) => [term, w / norm]);
}

/**
 * Articles that name an event (their lead), looked up by term: an article that names none borrows the
 * lead of the most similar one (cosine over top terms at least 0.2) by walking only the postings of its
 * own terms, never every labelled article.
 */
export function createLeadLookup() {
  const postings = new Map<string, Map<string, number>>();
  const entries = new Map<string, { lead: string; terms: TopTerms }>();

  const remove = (file: string): boolean => {
    const entry = entries.get(file);
    if (!entry) return false;
    for (const [term] of entry.terms) {
      const posting = postings.get(term)!;
      posting.delete(file);
      if (posting.size === 0) postings.delete(term);
    }
    entries.delete(file);
    return true;
  };

  return {
    add(file: string, lead: string, terms: TopTerms): void {
      remove(file);
      entries.set(file, { lead, terms });
      for (const [term, weight] of terms) {
        const posting = postings.get(term) ?? postings.set(term, new Map()).get(term)!;
        posting.set(file, weight);
      }
    },
    remove,
    /** The most similar labelled article to `vector` (other than `self`), or null when none is similar enough. */
    mostSimilar(vector: Map<string, number>, self?: string): { file: string; lead: string } | null {
      const scores = new Map<string, number>();
      for (const [term, weight] of vector) {
        for (const [file, other] of postings.get(term) ?? [])
          scores.set(file, (scores.get(file) ?? 0) + weight * other);
      }
      let best: { file: string; similarity: number } | null = null;
      for (const [file, similarity] of scores) {
        if (file === self || similarity <= MIN_SIMILARITY) continue;
        if (!best || similarity > best.similarity || (similarity === best.similarity && file < best.file))
          best = { file, similarity };
      }
      return best ? { file: best.file, lead: entries.get(best.file)!.lead } : null;
    },
  };
}

export type LeadLookup = ReturnType<typeof createLeadLookup>;
