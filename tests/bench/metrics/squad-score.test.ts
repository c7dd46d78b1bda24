import { bestOver, exactMatch, f1Score, normalizeAnswer } from '../../../src/bench/metrics/squad-score.js';

describe('SQuAD answer scoring', () => {
  test('normalisation drops case, punctuation, articles and extra spaces', () => {
    expect(normalizeAnswer('  The  Denver Broncos, Inc.!')).toBe('denver broncos inc');
    expect(normalizeAnswer('an apple a day')).toBe('apple day');
    expect(normalizeAnswer('theatre')).toBe('theatre');
  });

  test('exact match compares normalised strings', () => {
    expect(exactMatch('the Broncos', 'Broncos.')).toBe(1);
    expect(exactMatch('Denver Broncos', 'Broncos')).toBe(0);
  });

  test('F1 is over the bag of normalised tokens, counting repeats once each', () => {
    expect(f1Score('Denver Broncos', 'Broncos')).toBeCloseTo(2 / 3);
    expect(f1Score('x y y', 'y z')).toBeCloseTo(0.4);
    expect(f1Score('nothing shared', 'Broncos')).toBe(0);
    expect(f1Score('the', 'a')).toBe(1);
  });

  test('takes the best score over the gold answers', () => {
    expect(bestOver(f1Score, 'Denver Broncos', ['Carolina', 'Broncos', 'the Denver Broncos'])).toBe(1);
  });
});
