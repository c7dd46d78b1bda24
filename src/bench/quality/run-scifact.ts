import type { SciFactSet } from '../data/read-scifact.js';
import { mean, ndcgAt, recallAt } from '../metrics/rank-metrics.js';
import type { Retriever, RetrieverKind } from '../retrievers/retriever.js';

export interface SciFactResult {
  engine: string;
  queries: number;
  ndcg10: number;
  recall100: number;
}

/** BEIR SciFact: index the corpus, rank 100 per test query, score nDCG@10 and Recall@100. */
export function runSciFact(set: SciFactSet, kind: RetrieverKind): SciFactResult {
  const retriever = kind.create();
  retriever.addAll(set.docs);
  return scoreSciFact(set, retriever, kind.name);
}

/** Scores a retriever that already holds `set.docs`. */
export function scoreSciFact(set: SciFactSet, retriever: Retriever, engine: string): SciFactResult {
  const ndcg: number[] = [];
  const recall: number[] = [];
  for (const query of set.queries) {
    const judged = set.qrels.get(query.id);
    if (!judged) continue;
    const ranked = retriever.search(query.text, 100);
    ndcg.push(ndcgAt(ranked, judged, 10));
    recall.push(recallAt(ranked, judged, 100));
  }
  return { engine, queries: ndcg.length, ndcg10: mean(ndcg), recall100: mean(recall) };
}
