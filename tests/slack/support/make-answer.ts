import type { Answer, Citation } from '../../../src/engine/index.js';

/** Builds Answer-shaped data for renderer tests (rendering, not the engine, is under test there). */
export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    article: '000_test.txt',
    title: 'Test article',
    source: 'Test Wire',
    date: '2026-01-13',
    url: null,
    quote: 'A quoted sentence.',
    score: 1,
    passageId: '000_test.txt#0.0',
    start: 0,
    end: 18,
    ...overrides,
  };
}

export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'Who attended?',
    found: true,
    answer: 'Somebody attended.',
    kind: 'person',
    citations: [makeCitation()],
    closest: [],
    more: [],
    ...overrides,
  };
}
