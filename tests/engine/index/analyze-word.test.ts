import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, analyzeWord, type AnalysisOptions } from '../../../src/engine/index/analyze-text.js';
import { matchWords } from '../../../src/engine/answer/match-words.js';

const seeds = join(process.cwd(), 'seeds');
const seedWords = readdirSync(seeds).flatMap((file) =>
  matchWords(readFileSync(join(seeds, file), 'utf8')).map((w) => w[0]),
);
// Acronyms, a word in capitals, compounds, irregular and British forms, numbers, prototype names.
const edgeWords = [
  'US',
  'AND',
  'U.S.',
  'India-US',
  'PaxSilica',
  'rose',
  'organise',
  '7,280',
  '4.5%',
  'constructor',
  "Bessent's",
  '£',
];
const settings: AnalysisOptions[] = [
  { stem: true, stopWords: true },
  { stem: true, stopWords: false },
  { stem: false, stopWords: true },
  { stem: false, stopWords: false },
];

describe('analyzeWord', () => {
  it('gives what analyzeText gives for every word of the seed articles, first and later, in every setting', () => {
    expect(seedWords.length).toBeGreaterThan(1000);
    const words = [...edgeWords, ...seedWords, ...edgeWords, ...seedWords];
    // One comparison per setting (a failure still names each word that differs); analyzeWord sees each
    // word before analyzeText does, as a word-by-word loop would.
    for (const options of settings)
      expect(words.map((word) => [word, analyzeWord(word, options)])).toEqual(
        words.map((word) => [word, analyzeText(word, options)]),
      );
  });

  it('keeps settings apart and analyses a word once per setting', () => {
    expect(analyzeWord('Rising')).toEqual(['rise']);
    expect(analyzeWord('Rising', { stem: false, stopWords: true })).toEqual(['rising']);
    expect(analyzeWord('the', { stem: false, stopWords: false })).toEqual(['the']);
    expect(analyzeWord('the')).toEqual([]);
    expect(analyzeWord('Rising')).toBe(analyzeWord('Rising'));
  });
});
