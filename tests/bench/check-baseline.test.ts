import { compareToBaseline, gatedFigures, makeBaseline } from '../../src/bench/check-baseline.js';
import { sampleResults } from './fixtures.js';

describe('quality gate', () => {
  const figures = gatedFigures(sampleResults());

  test('gates on our engine only', () => {
    expect(figures).toEqual({
      'scifact.ndcg10': 0.69,
      'scifact.recall100': 0.93,
      'squad.hit1': 0.8,
      'squad.hit5': 0.95,
      'squad.sentenceAccuracy': 0.8,
      'squad.em': 30,
      'squad.f1': 40,
      'devQa.passed': 13,
      'squad2.gold.f1': 58,
      'squad2.gold.hasAnsF1': 36,
      'squad2.gold.noAnsAccuracy': 80,
      'squad2.closed.f1': 52,
      'squad2.closed.hasAnsF1': 34,
      'squad2.closed.noAnsAccuracy': 70,
      'reuters.titleHit1': 0.96,
      'reuters.titleAnsweredHit1': 0.9,
      'reuters.titleStrictHit1': 0.91,
    });
  });

  test('passes within tolerance, fails beyond it or when a figure is missing', () => {
    const baseline = makeBaseline(figures);
    expect(baseline.tolerance['scifact.ndcg10']).toBe(0.01);
    expect(baseline.tolerance['squad.f1']).toBe(1);
    expect(baseline.tolerance['devQa.passed']).toBe(0);
    expect(baseline.tolerance['squad2.closed.f1']).toBe(1);
    expect(baseline.tolerance['reuters.titleHit1']).toBe(0.01);
    expect(compareToBaseline({ ...figures, 'scifact.ndcg10': 0.685, 'squad.f1': 39.5 }, baseline)).toEqual(
      [],
    );
    const failures = compareToBaseline({ ...figures, 'scifact.ndcg10': 0.67, 'devQa.passed': 12 }, baseline);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/scifact\.ndcg10: 0\.6700 is below the committed 0\.6900/);
    const { 'squad.em': _dropped, ...rest } = figures;
    expect(compareToBaseline(rest, baseline)).toEqual(['squad.em: not measured (committed 30)']);
  });

  test('improvements always pass', () => {
    expect(compareToBaseline({ ...figures, 'squad.hit1': 0.99 }, makeBaseline(figures))).toEqual([]);
  });
});
