import { analyzeQuestion } from '../../../src/engine/answer/analyze-question.js';
import { rankPassages } from '../../../src/engine/answer/rank-passages.js';
import { analyzeText } from '../../../src/engine/index/analyze-text.js';
import { createSearchIndex } from '../../../src/engine/index/search-index.js';
import type { Passage } from '../../../src/engine/types.js';

// One paragraph whose sentences share the question's words; only some state what is asked for.
const sentences = [
  'The Kansanshi smelter expansion was approved by the Zambian mines ministry.',
  'The Kansanshi smelter expansion will cost 1.2 billion dollars over the coming years.',
  'The Kansanshi smelter expansion was approved by the Zambian cabinet in March 2024.',
  'The Kansanshi smelter expansion was approved because copper output must grow.',
  'The Kansanshi smelter expansion was welcomed by the Zambian mines ministry and by local suppliers.',
];

function rankerFor(texts: string[]) {
  const passages: Passage[] = texts.map((text, i) => ({
    id: String(i),
    article: 'kansanshi.txt',
    paragraph: 0,
    sentence: i,
    text,
    start: 0,
    end: text.length,
    heading: null,
  }));
  const index = createSearchIndex();
  for (const p of passages) index.add(p.id, p.text);
  const deps = {
    index,
    passage: (id: string) => passages[Number(id)],
    termsOf: (p: Passage) => new Set(analyzeText(p.text)),
  };
  return (question: string) => rankPassages(analyzeQuestion(question), deps)[0]!.passage.text;
}

describe('a sentence that states what the question asks for ranks first among equals', () => {
  const top = rankerFor(sentences);

  test.each([
    ['How much will the Kansanshi smelter expansion cost?', /\d/],
    ['When was the Kansanshi smelter expansion approved?', /\d{4}/],
    ['Why was the Kansanshi smelter expansion approved?', /because/],
  ])('%s', (question, states) => {
    expect(top(question)).toMatch(states);
  });

  test('a question of no such kind is not steered to numbers', () => {
    expect(top('Who welcomed the Kansanshi smelter expansion?')).toMatch(/welcomed/);
  });
});
