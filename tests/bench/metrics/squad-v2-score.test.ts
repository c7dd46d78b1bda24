import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeAnswer } from '../../../src/bench/metrics/squad-score.js';
import { scoreSquadV2 } from '../../../src/bench/metrics/squad-v2-score.js';

const questions = [
  { id: 'a', answers: [{ text: 'Elon Musk' }, { text: 'Musk' }] },
  { id: 'b', answers: [{ text: 'in 1997' }] },
  { id: 'c', answers: [] },
  { id: 'd', answers: [] },
  // A gold answer that normalises to nothing counts as no answer.
  { id: 'e', answers: [{ text: 'the' }] },
];
const predictions = new Map([
  ['a', 'Musk'],
  ['b', '1997 and 1998'],
  ['c', ''],
  ['d', 'Tesla'],
  ['e', ''],
]);

describe('SQuAD v2.0 scoring', () => {
  test('only ASCII punctuation is stripped, as Python string.punctuation is', () => {
    expect(normalizeAnswer('£5 – “ten”')).toBe('£5 – “ten”');
    expect(normalizeAnswer('The U.S.-led (a) plan!')).toBe('usled plan');
    expect(normalizeAnswer('théâtre the')).toBe('théâtre');
  });

  test('splits answerable from unanswerable questions; abstaining is right only on the latter', () => {
    const scores = scoreSquadV2(questions, predictions);
    // 'e' has a gold answer (so it is HasAns, as the script splits) that normalises to "", so "" matches it.
    expect(scores).toMatchObject({ total: 5, hasAnsTotal: 3, noAnsTotal: 2 });
    expect(scores.hasAnsExact).toBeCloseTo((2 / 3) * 100);
    expect(scores.hasAnsF1).toBeCloseTo(((1 + 0.4 + 1) / 3) * 100);
    expect(scores.noAnsAccuracy).toBeCloseTo(50);
    expect(scores.f1).toBeCloseTo(((1 + 0.4 + 1 + 1 + 0) / 5) * 100);
    expect(scoreSquadV2(questions, new Map(questions.map((q) => [q.id, ''])))).toMatchObject({
      f1: 60,
      exact: 60,
      noAnsAccuracy: 100,
    });
  });

  test('questions without a prediction are skipped', () => {
    expect(scoreSquadV2(questions, new Map([['a', 'Musk']]))).toMatchObject({ total: 1, f1: 100 });
  });

  const script = join(process.cwd(), '..', 'shared', 'bench', 'squad-v2.0', 'evaluate-v2.0.py');
  const python = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
  const official = existsSync(script) && python.status === 0 ? test : test.skip;
  official('agrees with the official evaluate-v2.0.py on the same predictions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'squad2-score-'));
    try {
      const qas = questions.map((q) => ({
        id: q.id,
        question: '?',
        answers: q.answers.map((a) => ({ ...a, answer_start: 0 })),
      }));
      await writeFile(
        join(dir, 'data.json'),
        JSON.stringify({ version: 'v2.0', data: [{ title: 'T', paragraphs: [{ context: 'x', qas }] }] }),
      );
      await writeFile(join(dir, 'preds.json'), JSON.stringify(Object.fromEntries(predictions)));
      const run = spawnSync('python3', [script, join(dir, 'data.json'), join(dir, 'preds.json')], {
        encoding: 'utf8',
      });
      const theirs = JSON.parse(run.stdout) as Record<string, number>;
      const ours = scoreSquadV2(questions, predictions);
      expect(ours.exact).toBeCloseTo(theirs.exact!);
      expect(ours.f1).toBeCloseTo(theirs.f1!);
      expect(ours.hasAnsF1).toBeCloseTo(theirs.HasAns_f1!);
      expect(ours.noAnsAccuracy).toBeCloseTo(theirs.NoAns_exact!);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
