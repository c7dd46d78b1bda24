import { analyzeText } from '../index/analyze-text.js';
import type { SearchIndex } from '../index/search-index.js';
import type { QuestionAnalysis } from './analyze-question.js';

/**
 * Names the question uses that no article mentions, in any field. A name is read in lower case, so
 * the "AND" of a headline in capitals is the stop word it is, not an unknown acronym.
 */
export function unknownNames(question: QuestionAnalysis, index: Pick<SearchIndex, 'idf'>): string[] {
  return question.names.filter((name) => {
    const terms = analyzeText(name.toLowerCase());
    return terms.length > 0 && terms.every((term) => index.idf(term) === 0);
  });
}
