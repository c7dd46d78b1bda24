import { analyzeQuestion } from '../../../src/engine/answer/analyze-question.js';
import { pickSpan } from '../../../src/engine/answer/pick-span.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import { findEntities } from '../../../src/engine/entities/find-entities.js';
import type { Answer, Engine } from '../../../src/engine/types.js';
import { seedEngine } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

let seeds: Engine;
let wire: Engine;
const WIRE = [
  'Kabwe mine flood traps miners',
  '',
  'LUSAKA, March 3 (Mining Wire) - Zambia’s mines ministry signed a cobalt offtake agreement with Glencore on Monday.',
  'Rescuers said 33 miners were trapped underground and two were later freed.',
].join('\n');

beforeAll(async () => {
  seeds = await seedEngine();
  wire = createEngine([syntheticArticle('kabwe.txt', WIRE)]).engine;
});

const quoted = (answer: Answer, span: string) => answer.citations.some((c) => c.quote.includes(span));

describe('the short answer span', () => {
  test('a typed answer states its first value as the span, a name a cited passage holds', () => {
    const answer = seeds.ask('Who led the US Congressional delegation to New Delhi?');
    expect(answer.found).toBe(true);
    expect(answer.span).toBeDefined();
    expect(answer.facts?.[0]?.value).toBe(answer.span);
    expect(quoted(answer, answer.span!)).toBe(true);
  });

  test('a value the passage words differently (a resolved date) gives the passage’s own words as the span', () => {
    const answer = seeds.ask('When will India host the AI Impact Summit?');
    expect(answer.facts?.[0]?.value).not.toBe(answer.span);
    expect(answer.span).toBeDefined();
    expect(quoted(answer, answer.span!)).toBe(true);
  });

  test('a sentence answer keeps its sentences and adds a shorter span from inside them', () => {
    const answer = seeds.ask('What did the USISPF welcome?');
    expect(answer.found).toBe(true);
    expect(answer.answer.length).toBeGreaterThan(80);
    expect(answer.span).toBeDefined();
    expect(answer.span!.length).toBeLessThan(answer.answer.length / 3);
    expect(quoted(answer, answer.span!)).toBe(true);
    expect(answer.answer).toContain(answer.span!);
  });

  test('"what is the aim of X" is answered by what X aims to do, not by a noun beside it', () => {
    const answer = seeds.ask('What is the aim of the rare earth magnet scheme?');
    expect(answer.span).toBeDefined();
    expect(answer.citations.some((c) => c.quote.includes(`aims to ${answer.span}`))).toBe(true);
  });

  test('an abstention states no span', () => {
    const answer = seeds.ask('What is the GDP of Brazil?');
    expect(answer.found).toBe(false);
    expect(answer.span).toBeUndefined();
  });

  test('a denial no covering passage states is not answered by what did happen', () => {
    const plain = seeds.ask('Who led the US Congressional delegation to New Delhi?');
    const negated = seeds.ask('Who did not lead the US Congressional delegation to New Delhi?');
    expect(plain.found).toBe(true);
    expect(plain.span).toBeDefined();
    expect(negated.found).toBe(false);
    expect(negated.span).toBeUndefined();
    expect(negated.closest.length).toBeGreaterThan(0);
    expect(wire.ask('how many miners were trapped').span).toBe('33');
    expect(wire.ask("how many miners weren't trapped").found).toBe(false);
  });

  test('a question asking what someone said is answered by the sentence, with no phrase picked from it', () => {
    const answer = seeds.ask('What did Bessent say?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(/Bessent said/);
    expect(answer.span).toBeUndefined();
  });

  test('a reason or a topic is answered by sentences, with no phrase picked from them', () => {
    const reason = seeds.ask('why does the india us critical minerals push matter');
    const topic = seeds.ask('rare earth magnet scheme');
    expect(reason.found).toBe(true);
    expect(topic.found).toBe(true);
    expect(reason.span).toBeUndefined();
    expect(topic.span).toBeUndefined();
    expect(seeds.ask('What is the aim of the rare earth magnet scheme?').span).toBeDefined();
  });

  test('a denial nothing states is explained as such, not as a missing word "not"', () => {
    const answer = seeds.ask('who did not attend the ministerial');
    expect(answer.found).toBe(false);
    expect(answer.answer).toMatch(/what did not happen/);
    expect(answer.answer).not.toMatch(/about not\b/);
  });

  test('a number the question states and the passage does not withdraws the span', () => {
    expect(seeds.ask('When will India host the AI Impact Summit?').span).toMatch(/February/);
    expect(seeds.ask('When will India host the 2031 AI Impact Summit?').span).toBeUndefined();
  });
});

describe('the span picker', () => {
  const span = (question: string, sentence: string) =>
    pickSpan(analyzeQuestion(question), sentence, findEntities(sentence));

  test('"which/what <noun>" is answered by the name that noun describes, not a word beside the question’s', () => {
    const sentence =
      'The halftime show was headlined by the British rock group Coldplay with special guest performers Beyoncé and Bruno Mars.';
    expect(span('Which group was the halftime show headlined by?', sentence)).toBe('Coldplay');
  });

  test('"how many <noun>" takes the number that counts that noun', () => {
    const sentence =
      'The state was divided into eight electorates with each electorate represented by five representatives.';
    expect(span('How many representatives does each electorate have?', sentence)).toBe('five');
    expect(span('How many electorates was the state divided into?', sentence)).toBe('eight');
  });
});
