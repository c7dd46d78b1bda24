import { splitSentences as splitEngineSentences } from '../../engine/index.js';
import type { BenchDoc } from './read-scifact.js';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * The engine's own sentence splitter (abbreviation-safe), so every engine in a benchmark reads the same
 * sentences the app does.
 */
export function splitSentences(text: string): SentenceSpan[] {
  return splitEngineSentences(text).map(({ start, end }) => ({ text: text.slice(start, end), start, end }));
}

/**
 * Splits stories into sentence passages with ids `${story}.${n}`; Reuters bodies wrap lines, so white space
 * is collapsed first.
 */
export function toPassages(stories: Array<{ id: string; body: string }>): BenchDoc[] {
  return stories.flatMap((story) =>
    splitSentences(story.body.replace(/\s+/g, ' ')).map((s, n) => ({ id: `${story.id}.${n}`, text: s.text })),
  );
}
