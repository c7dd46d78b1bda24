import type { SquadSet } from '../data/read-squad.js';
import { hitAt, mean } from '../metrics/rank-metrics.js';
import type { Retriever, RetrieverKind } from '../retrievers/retriever.js';

export interface SquadRetrievalResult {
  engine: string;
  questions: number;
  hit1: number;
  hit5: number;
}

/** SQuAD as a closed corpus: every paragraph indexed, each question must find its own paragraph. */
export function runSquadRetrieval(set: SquadSet, kind: RetrieverKind): SquadRetrievalResult {
  const retriever = kind.create();
  retriever.addAll(squadParagraphDocs(set));
  return scoreSquadRetrieval(set, retriever, kind.name);
}

/** The paragraphs as documents; a paragraph's id is its index. */
export const squadParagraphDocs = (set: SquadSet) =>
  set.paragraphs.map((text, i) => ({ id: String(i), text }));

/** Scores a retriever that already holds `squadParagraphDocs(set)`. */
export function scoreSquadRetrieval(
  set: SquadSet,
  retriever: Retriever,
  engine: string,
): SquadRetrievalResult {
  const hit1: number[] = [];
  const hit5: number[] = [];
  for (const q of set.questions) {
    const ranked = retriever.search(q.question, 5);
    hit1.push(hitAt(ranked, String(q.paragraph), 1));
    hit5.push(hitAt(ranked, String(q.paragraph), 5));
  }
  return { engine, questions: hit1.length, hit1: mean(hit1), hit5: mean(hit5) };
}
