import { renderScaleSection, runScaleBench } from '../../../src/bench/scale/run-scale-bench.js';
import { SEEDS_DIR } from '../../support/seed-engine.js';
import { testServerUrl } from '../../support/test-database.js';

test('the scale section answers every command on one instance, then on two sharing Postgres, and reports both in one table', async () => {
  const results = await runScaleBench({ seedsDir: SEEDS_DIR, commands: 12, databaseUrl: testServerUrl() });
  expect(results.rows.map((r) => [r.instances, r.commands])).toEqual([
    [1, 12],
    [2, 12],
  ]);
  for (const row of results.rows) {
    expect(row.answersPerSecond).toBeGreaterThan(0);
    expect(row.ackP99Ms).toBeGreaterThanOrEqual(row.ackP50Ms);
    // An answer reaches response_url after the command was acknowledged.
    expect(row.answerP50Ms).toBeGreaterThanOrEqual(row.ackP50Ms);
  }
  expect(results.speedup).toBeCloseTo(
    results.rows[1]!.answersPerSecond / results.rows[0]!.answersPerSecond,
    6,
  );
  const section = renderScaleSection(results);
  expect(section).toMatch(/\| 1 \| 12 \| \d+ \|/);
  expect(section).toMatch(/\| 2 \| 12 \| \d+ \|/);
}, 120_000);
