import { formatTable } from '../../../src/bench/report/format-table.js';
import {
  GENERATED_MARKER,
  keptHead,
  renderReport,
  renderTables,
} from '../../../src/bench/report/render-report.js';
import { sampleResults } from '../fixtures.js';

describe('report', () => {
  test('tables are aligned Markdown', () => {
    expect(formatTable(['a', 'bb'], [['xyz', 1]])).toBe('| a   | bb |\n|-----|----|\n| xyz | 1  |');
  });

  test('tables carry the figures, ratios vs natural, and escape pipes in questions', () => {
    const text = renderTables(sampleResults());
    expect(text).toMatch(/\| minerals +\| 0\.690 +\| 0\.930 +\|/);
    expect(text).toContain('100.0×');
    expect(text).toContain('dev-qa.json: 13 of 14 pass');
    expect(text).toContain('Who \\| why?');
    expect(text).toContain('- a note');
    expect(text).toMatch(/SQuAD v2\.0 dev .*10 questions: 5 answerable, 5 not/);
    expect(text).toMatch(/\| closed corpus +\| 50\.0 +\| 52\.0 +\| 34\.0 +\| 70\.0 +\| 50\.0 +\| 2\.0 +\|/);
    expect(text).toMatch(/\| minerals +\| 90 +\| 0\.960 +\| 0\.900 +\|/);
    expect(text).toMatch(/\| other +\| 4 +\| 10\.0 +\|/);
  });

  test('the report keeps the hand-written head and states machine, Node, date and command', () => {
    const first = renderReport(sampleResults(), keptHead(null));
    expect(first.startsWith('# Benchmarks')).toBe(true);
    const edited = first.replace('# Benchmarks', '# Benchmarks\n\nOur notes.');
    const second = renderReport(sampleResults(), keptHead(edited));
    expect(second).toContain('Our notes.');
    expect(second.split(GENERATED_MARKER)).toHaveLength(2);
    for (const part of [
      'Test CPU, 2 cores, 4.0 GB RAM',
      'Node v20.0.0',
      '2026-01-01',
      '`npm run bench -- --data ../shared/bench`',
    ]) {
      expect(second).toContain(part);
    }
  });
});
