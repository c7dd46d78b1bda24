import { createEngine, loadEngine } from '../../../src/engine/index.js';
import { analyzeText } from '../../../src/engine/index/analyze-text.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

test('words that name Object.prototype members are analysed as words (Reuters has "constructor")', () => {
  for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'])
    for (const term of analyzeText(`The ${word} said`)) expect(typeof term).toBe('string');
  expect(analyzeText('constructor')).toEqual(analyzeText('constructors'));
});

test('an index holding such a word saves, loads and answers', () => {
  const { engine } = createEngine([
    syntheticArticle(
      'a.txt',
      'Shipyard order\n\nThe constructor Hyundai won a 300 mln dlr order for cobalt carriers.\n',
    ),
  ]);
  const restored = loadEngine(engine.toBytes());
  for (const current of [engine, restored])
    expect(current.ask('Which constructor won the order?').citations[0]?.article).toBe('a.txt');
});
