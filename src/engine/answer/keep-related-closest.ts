import { analyzeText, type AnalysisOptions } from '../index/analyze-text.js';
import type { Answer } from '../types.js';

/**
 * A term in fewer than about one passage in ten ("lithium", "Kabwe") tells passages apart;
 * "critical" or "minerals" in a critical-minerals corpus does not. ln(1 + 9) in BM25's idf.
 */
const DISTINCTIVE_IDF = Math.log(10);

/**
 * On a not-found answer, keeps only the closest matches that share a distinctive term with the
 * question (in the passage or its article's title): a passage that only shares the corpus's everyday
 * words is not close to anything.
 */
export function keepRelatedClosest(
  answer: Answer,
  idf: (term: string) => number,
  options?: AnalysisOptions,
): Answer {
  if (answer.found || answer.closest.length === 0) return answer;
  const distinctive = new Set(
    analyzeText(answer.question, options).filter((term) => idf(term) >= DISTINCTIVE_IDF),
  );
  // The article's title is one of the passage's fields: a story table ("Shr 80 cts vs 72 cts") is
  // close to a pasted headline through its title.
  const closest = answer.closest.filter((c) =>
    [c.quote, c.title].some((text) => analyzeText(text, options).some((term) => distinctive.has(term))),
  );
  return closest.length === answer.closest.length ? answer : { ...answer, closest };
}
