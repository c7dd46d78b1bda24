import { readSquadV2Set } from './data/read-ask-sets.js';
import { fixed, formatTable } from './report/format-table.js';
import { runSquadV2Halves, type SquadV2Setting } from './quality/run-squad-v2.js';

/**
 * `npm run bench -- --data <dir> --squad-v2-only [--quick] [--squad-v2-setting gold|closed]`: SQuAD v2.0
 * alone (minutes, not the full run's half hour), with the calibration half and the held-out half apart.
 */
export async function runSquadV2Only(
  dataDir: string,
  quick: boolean,
  setting: 'gold' | 'closed' | null,
): Promise<string> {
  const set = await readSquadV2Set(dataDir, quick);
  const which: SquadV2Setting[] =
    setting === 'gold'
      ? ['gold paragraph']
      : setting === 'closed'
        ? ['closed corpus']
        : ['gold paragraph', 'closed corpus'];
  const rows = runSquadV2Halves(set, which).flatMap(({ result: r, halves }) =>
    (
      [
        ['all', r.scores],
        ['fit half (even articles)', halves.fit],
        ['held-out half (odd articles)', halves.heldOut],
        ['all, strict (a found answer without a span scored as its text)', halves.strict],
      ] as const
    ).map(([part, s]) => [
      r.setting,
      part,
      s.total,
      fixed(s.exact, 1),
      fixed(s.f1, 1),
      fixed(s.hasAnsF1, 1),
      fixed(s.noAnsAccuracy, 1),
      fixed(s.f1 - (100 * s.noAnsTotal) / Math.max(s.total, 1), 1),
      part === 'all' ? `${fixed(r.hasAnsAnswered)} / ${fixed(r.noAnsAnswered)}` : '',
    ]),
  );
  return formatTable(
    [
      'setting',
      'questions',
      'n',
      'EM',
      'F1',
      'HasAns F1',
      'NoAns acc.',
      'margin over always-abstain',
      'short answer stated (HasAns / NoAns)',
    ],
    rows,
  );
}
