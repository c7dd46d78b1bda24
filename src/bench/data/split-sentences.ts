import type { BenchDoc } from './read-scifact.js';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** ICU sentence boundaries with offsets; surrounding white space trimmed, empty pieces dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    spans.push({ text: trimmed, start: index + lead, end: index + lead + trimmed.length });
  }
  return spans;
}

/** Splits stories into sentence passages with ids `${story}.${n}`; Reuters bodies wrap lines, so white space is collapsed first. */
export function toPassages(stories: Array<{ id: string; body: string }>): BenchDoc[] {
  return stories.flatMap((story) =>
    splitSentences(story.body.replace(/\s+/g, ' ')).map((s, n) => ({ id: `${story.id}.${n}`, text: s.text })),
  );
}
