// natural's package root pulls in mongoose, pg and redis; its submodules are light and jest-safe.
import stemmers from 'natural/lib/natural/stemmers/index.js';
import stopwordsModule from 'natural/lib/natural/util/stopwords.js';

interface Stemmer {
  stem(token: string): string;
}

/** natural's Porter stemmer. */
export const porterStemmer: Stemmer = (stemmers as unknown as { PorterStemmer: Stemmer }).PorterStemmer;

/** natural's English stop-word list (170 words). */
export const stopWords: ReadonlySet<string> = new Set((stopwordsModule as unknown as { words: string[] }).words);
