import { analyzeQuestion } from '../../../src/engine/answer/analyze-question.js';
import { pickSpan } from '../../../src/engine/answer/pick-span.js';
import { findEntities } from '../../../src/engine/entities/find-entities.js';

test.each([
  ['Who attended the ministerial?', 'person', true],
  ['Who is the US Ambassador-designate to India?', 'person', false],
  ['When will India host the AI Impact Summit?', 'date', false],
  ['What date was the meeting?', 'date', false],
  ['How much is the magnet scheme worth?', 'amount', false],
  ['How many countries sent delegations?', 'amount', false],
  ['Where was the finance ministerial held?', 'place', false],
  ['Which countries attended?', 'place', true],
  ['Why are critical minerals a priority?', 'reason', false],
  ['What is Pax Silica?', 'definition', false],
  ['Which portfolios does Ashwini Vaishnaw hold?', 'list', true],
  ['What did India commit to?', 'other', false],
] as const)('%s → %s', (question, kind, plural) => {
  const analysis = analyzeQuestion(question);
  expect(analysis.kind).toBe(kind);
  expect(analysis.plural).toBe(plural);
});

test('topical terms drop wh-words; names and focus are found', () => {
  const analysis = analyzeQuestion('Which semiconductor alliance was India invited to join?');
  expect(analysis.terms).not.toContain('which');
  expect(analysis.terms).toEqual(expect.arrayContaining(['semiconductor', 'allianc', 'india']));
  expect(analysis.focus).toBe('allianc');
  expect(analysis.names).toEqual(['India']);
});

test('pickSpan takes the asked-for entity nearest the question words', () => {
  const q = analyzeQuestion('When will India host the summit?');
  const sentence =
    'Founded in 1999, the forum said India will host the summit on February 19–20 in New Delhi.';
  expect(pickSpan(q, sentence, findEntities(sentence))).toBe('February 19–20');
});

test('pickSpan answers a year question with the year alone', () => {
  const q = analyzeQuestion('In what year was the alliance launched?');
  const sentence = 'The alliance was launched on 12 December 2025 in Washington.';
  expect(pickSpan(q, sentence, findEntities(sentence))).toBe('2025');
});

test('pickSpan falls back to new words next to the question words', () => {
  const q = analyzeQuestion('What does the scheme aim to build?');
  const sentence = 'The scheme aims to build full-chain manufacturing capacity.';
  expect(pickSpan(q, sentence, findEntities(sentence))).toMatch(/full-chain manufacturing/);
});
