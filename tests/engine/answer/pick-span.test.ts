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

test('why: the clause a cause word opens', () => {
  expect(
    span('Why did the miners strike?', 'The miners struck because wages had not been paid for months.'),
  ).toBe('wages had not been paid for months');
});
