import { createEngine } from '../../../src/engine/index.js';
import { analyzeText } from '../../../src/engine/index/analyze-text.js';

const article = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

test('analysis takes an irregular past form back to its verb, so both meet in the index', () => {
  expect(analyzeText('fell')).toEqual(analyzeText('fall'));
  expect(analyzeText('risen')).toEqual(analyzeText('rise'));
  expect(analyzeText('The levy rose')).toEqual(analyzeText('The levy rises'));
  // Other words are stemmed as before.
  expect(analyzeText('lithium refining')).toEqual(['lithium', 'refin']);
});

test('a question in the present answers from a passage in the past tense of an irregular verb', () => {
  // The subject is in every article, so the verb is the question's distinctive word.
  const { engine } = createEngine([
    article(
      'a.txt',
      'Cobalt levy\n\nThe Congolese cobalt levy rose to ten percent in March, the mines ministry said.\n',
    ),
    article(
      'b.txt',
      'Cobalt levy\n\nThe Congolese cobalt levy was unchanged in April, the mines ministry said.\n',
    ),
  ]);
  const rise = engine.ask('what did the cobalt levy rise to');
  expect(rise.found).toBe(true);
  expect(rise.citations[0]?.article).toBe('a.txt');
  expect(rise.answer).toMatch(/ten percent/);
});
