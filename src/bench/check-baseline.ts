import type { BenchResults } from './bench-results.js';

/** Quality figures the quick mode gates on, by name (higher is better for all of them). */
export type QualityFigures = Record<string, number>;

export interface Baseline {
  /** Allowed drop below each committed figure (absolute, in the figure's own unit). */
  tolerance: Record<string, number>;
  figures: QualityFigures;
}

/** Our engine's gated figures from a run; only those the run measured. */
export function gatedFigures(r: BenchResults, engine = 'minerals'): QualityFigures {
  const figures: QualityFigures = {};
  const sf = r.scifact.find((s) => s.engine === engine);
  if (sf) Object.assign(figures, { 'scifact.ndcg10': sf.ndcg10, 'scifact.recall100': sf.recall100 });
  const sq = r.squadRetrieval.find((s) => s.engine === engine);
  if (sq) Object.assign(figures, { 'squad.hit1': sq.hit1, 'squad.hit5': sq.hit5 });
  const rd = r.squadReading.find((s) => s.engine === engine);
  if (rd)
    Object.assign(figures, {
      'squad.sentenceAccuracy': rd.sentenceAccuracy,
      'squad.em': rd.exactMatch,
      'squad.f1': rd.f1,
    });
  for (const v2 of r.squadV2) {
    const key = v2.setting === 'gold paragraph' ? 'squad2.gold' : 'squad2.closed';
    Object.assign(figures, {
      [`${key}.f1`]: v2.scores.f1,
      [`${key}.hasAnsF1`]: v2.scores.hasAnsF1,
      [`${key}.noAnsAccuracy`]: v2.scores.noAnsAccuracy,
    });
  }
  const titles = r.reutersTitles.find((t) => t.engine === engine);
  if (titles)
    Object.assign(figures, {
      'reuters.titleHit1': titles.hit1,
      'reuters.titleAnsweredHit1': titles.answeredHit1 ?? 0,
      ...(titles.allTitles ? { 'reuters.titleStrictHit1': titles.allTitles.hit1 } : {}),
    });
  if (r.devQa) figures['devQa.passed'] = r.devQa.passed;
  return figures;
}

/** Percentages (EM, F1, accuracy in points) may drop 1 point; shares (0..1) 0.01; dev-qa not at all. */
const defaultTolerance = (name: string): number =>
  /^squad\.(em|f1)$|^squad2\./.test(name) ? 1 : name === 'devQa.passed' ? 0 : 0.01;

/**
 * A baseline from a run's figures, with the default tolerances (0.01 for shares, 1 point for percentages,
 * none for dev-qa).
 */
export function makeBaseline(figures: QualityFigures): Baseline {
  return {
    tolerance: Object.fromEntries(Object.keys(figures).map((k) => [k, defaultTolerance(k)])),
    figures,
  };
}

/** One message per figure that fell by more than its tolerance, or that the run did not measure. */
export function compareToBaseline(figures: QualityFigures, baseline: Baseline): string[] {
  const failures: string[] = [];
  for (const [name, committed] of Object.entries(baseline.figures)) {
    const measured = figures[name];
    const tolerance = baseline.tolerance[name] ?? defaultTolerance(name);
    if (measured === undefined) failures.push(`${name}: not measured (committed ${committed})`);
    else if (measured < committed - tolerance) {
      failures.push(
        `${name}: ${measured.toFixed(4)} is below the committed ${committed.toFixed(4)} by more than ${tolerance}`,
      );
    }
  }
  return failures;
}
