import type { Paragraph, Passage } from '../types.js';
import type { Block } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';

/**
 * Numbers paragraphs and splits them into sentence passages with ids `${file}#${p}.${s}`.
 * Headings are not passages: each passage carries the heading it sits under.
 */
export function buildPassages(
  file: string,
  blocks: Block[],
): { paragraphs: Paragraph[]; passages: Passage[] } {
  const paragraphs: Paragraph[] = [];
  const passages: Passage[] = [];
  let heading: string | null = null;
  let section: string | null = null;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      heading = block.text;
      if (block.kind === 'heading') section = block.text;
      continue;
    }
    // A label covers only its bullet list; the section heading resumes after it.
    if (!block.bullet && heading !== section) heading = section;
    const paragraph = paragraphs.length;
    const sentences = splitSentences(block.text);
    if (sentences.length === 0) continue;
    paragraphs.push({ start: block.start, end: block.end, text: block.text });
    sentences.forEach((span, sentence) => {
      passages.push({
        id: `${file}#${paragraph}.${sentence}`,
        article: file,
        paragraph,
        sentence,
        start: block.start + span.start,
        end: block.start + span.end,
        text: block.text.slice(span.start, span.end),
        heading,
      });
    });
  }
  return { paragraphs, passages };
}
