import { analyzeQuestion } from '../../../src/engine/answer/analyze-question.js';
import { pickSpan } from '../../../src/engine/answer/pick-span.js';
import { findEntities } from '../../../src/engine/entities/find-entities.js';

const span = (question: string, sentence: string) =>
  pickSpan(analyzeQuestion(question), sentence, findEntities(sentence));

test('a noun phrase the question does not use, following its words', () => {
  expect(
    span(
      'What are the little tentacles that cydippids have called?',
      'Cydippids have retractable tentacles called tentilla that capture prey.',
    ),
  ).toBe('tentilla');
});

test('how many: bare counts and number words', () => {
  expect(
    span('How many miners were trapped?', 'Rescuers said 33 miners were trapped and two were freed.'),
  ).toBe('33');
  expect(span('How many days does the ministerial last?', 'The three-day meeting opens on Monday.')).toBe(
    'three',
  );
});

test('how much: money or a measure before a bare count', () => {
  expect(span('How much did the 3 firms pay?', 'The 3 firms paid $5 million for 2 licences.')).toBe(
    '$5 million',
  );
});

test('how much: a measure wins even when a bare number sits right beside the question words', () => {
  expect(
    span(
      'How much money did a drilling licence cost?',
      'The ministry charged an average of $5 million for a 30-day drilling licence during the auction.',
    ),
  ).toBe('$5 million');
});

test('how much: an amount is read with the multiplier and the unit written after it', () => {
  expect(
    span('How much did Glencore pay for the stake?', 'Glencore paid £304m for the stake in March.'),
  ).toBe('£304m');
  expect(
    span(
      'How much time was left when the talks collapsed?',
      'The talks collapsed with 17 seconds left on the clock.',
    ),
  ).toBe('17 seconds');
});

test('why: the clause a cause word opens', () => {
  expect(
    span('Why did the miners strike?', 'The miners struck because wages had not been paid for months.'),
  ).toBe('wages had not been paid for months');
});
