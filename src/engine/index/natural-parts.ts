// natural's package root pulls in mongoose, pg and redis; its submodules are light and jest-safe.
// The Porter stemmer's own file: stemmers/index.js loads every language's stemmer (~40 ms of every start).
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import stopwordsModule from 'natural/lib/natural/util/stopwords.js';

interface Stemmer {
  stem(token: string): string;
}

/** natural's Porter stemmer. */
export const porterStemmer: Stemmer = porter;

/** natural's English stop-word list (170 words). */
export const stopWords: ReadonlySet<string> = new Set(
  (stopwordsModule as unknown as { words: string[] }).words,
);
