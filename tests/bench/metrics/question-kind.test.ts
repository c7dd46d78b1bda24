import { questionKind } from '../../../src/bench/metrics/question-kind.js';

describe('question kind', () => {
  test.each([
    ['Who won Super Bowl 50?', 'who'],
    ['Whose idea was it?', 'who'],
    ['In what year did the war end?', 'when'],
    ['When did it open?', 'when'],
    ['How many people live there?', 'how many'],
    ['How much did it cost?', 'how much'],
    ['Which team won?', 'which'],
    ['What is the capital?', 'what'],
    ['Why did it fail?', 'why'],
    ['How does it work?', 'how'],
    ['The game was played where?', 'where'],
    ['Name the largest city.', 'other'],
  ])('%s → %s', (question, kind) => {
    expect(questionKind(question)).toBe(kind);
  });
});
