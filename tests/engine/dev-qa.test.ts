import { readFileSync } from 'node:fs';
import type { Engine } from '../../src/engine/types.js';
import { seedEngine } from '../support/seed-engine.js';

interface Gold {
  junk: string[];
  questions: Array<{ q: string; all?: string[][]; none?: string[]; found?: boolean }>;
}

const gold = JSON.parse(readFileSync('tests/fixtures/dev-qa.json', 'utf8')) as Gold;
const has = (text: string, needle: string) => text.toLowerCase().includes(needle.toLowerCase());

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('dev-qa on the real seed articles', () => {
  test.each(gold.questions.map((q) => [q.q, q] as const))('%s', (_, item) => {
    const answer = engine.ask(item.q);
    const shown = [answer.answer, ...answer.citations.slice(0, 3).map((c) => c.quote)].join(' ');
    expect(gold.junk.filter((junk) => has(shown, junk))).toEqual([]);
    if (item.found === false) {
      expect(answer.found).toBe(false);
      expect(answer.citations).toEqual([]);
      return;
    }
    expect(answer.found).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const group of item.all ?? [])
      expect(group.some((alternative) => has(answer.answer, alternative))).toBe(true);
    for (const wrong of item.none ?? []) expect(has(answer.answer, wrong)).toBe(false);
  });
});
