import type { SciFactSet } from './data/read-scifact.js';
import type { SquadSet } from './data/read-squad.js';

/**
 * Quick-mode SciFact: every `step`-th test query, over its judged documents plus every `step`-th other one.
 */
export function sampleSciFact(set: SciFactSet, step: number): SciFactSet {
  const queries = set.queries.filter((_, i) => i % step === 0);
  const judged = new Set(queries.flatMap((q) => [...(set.qrels.get(q.id)?.keys() ?? [])]));
  const docs = set.docs.filter((d, i) => judged.has(d.id) || i % step === 0);
  return { docs, queries, qrels: set.qrels };
}

/** Quick-mode SQuAD: the first `paragraphs` paragraphs as the corpus, every `step`-th question about them. */
export function sampleSquad(set: SquadSet, paragraphs: number, step: number): SquadSet {
  return {
    paragraphs: set.paragraphs.slice(0, paragraphs),
    questions: set.questions.filter((q) => q.paragraph < paragraphs).filter((_, i) => i % step === 0),
  };
}
