import type { SectionBlock } from '@slack/types';
import { formatAnswer } from '../../../src/cli/format-answer.js';
import type { Engine } from '../../../src/engine/types.js';
import { renderAnswer } from '../../../src/slack/render/render-answer.js';
import { seedEngine } from '../../support/seed-engine.js';

let seeds: Engine;
beforeAll(async () => {
  seeds = await seedEngine();
});

const answerSection = (answer: ReturnType<Engine['ask']>) =>
  renderAnswer(answer).blocks.find((b): b is SectionBlock => b.type === 'section')!.text!.text;

test('a sentence answer shows its short span in bold above the sentences, in Slack and on the terminal', () => {
  const answer = seeds.ask('What did the USISPF welcome?');
  expect(answer.span).toBeDefined();
  const section = answerSection(answer);
  expect(section.split('\n')[0]).toBe(`*${answer.span}*`);
  expect(section).toContain(answer.answer.slice(0, 40));
  const lines = formatAnswer(answer).split('\n');
  expect(lines[0]).toBe(`Short answer: ${answer.span}`);
  expect(lines[1]).toBe(answer.answer);
});

test('a typed answer is its values: no span line above it', () => {
  const answer = seeds.ask('Who led the US Congressional delegation to New Delhi?');
  expect(answer.span).toBeDefined();
  expect(answerSection(answer).startsWith(`*${answer.span}*`)).toBe(false);
  expect(formatAnswer(answer)).not.toMatch(/^Short answer:/);
});
