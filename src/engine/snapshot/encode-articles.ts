import type { Article, ArticleMeta, Paragraph, Passage } from '../types.js';

/**
 * An article as persisted: its passages as `[paragraph, start, end]` triples whose text is cut
 * from the paragraph's, so the article text is stored once.
 */
export interface StoredArticle extends ArticleMeta {
  file: string;
  hash: string;
  size: number | null;
  mtimeMs: number | null;
  paragraphs: Paragraph[];
  /** Flattened `[paragraph, start, end, ...]`, one triple per passage, in order. */
  passages: number[];
  /** Section heading per passage, present only when some passage has one. */
  headings?: Array<string | null>;
  /** Passage texts, present only when one is not a slice of its paragraph. */
  texts?: string[];
}

const sliceOf = (paragraph: Paragraph, start: number, end: number) =>
  paragraph.text.slice(start - paragraph.start, end - paragraph.start);

export function encodeArticle(article: Article): StoredArticle {
  const { passages, paragraphs, size, ...rest } = article;
  const stored: StoredArticle = {
    ...rest,
    size: size ?? null,
    paragraphs,
    passages: passages.flatMap((p) => [p.paragraph, p.start, p.end]),
  };
  if (passages.some((p) => p.heading !== null)) stored.headings = passages.map((p) => p.heading);
  if (passages.some((p) => sliceOf(paragraphs[p.paragraph]!, p.start, p.end) !== p.text))
    stored.texts = passages.map((p) => p.text);
  return stored;
}

export function decodeArticle(stored: StoredArticle): Article {
  const { passages: flat, headings, texts, size, ...rest } = stored;
  const passages: Passage[] = [];
  let sentence = 0;
  for (let i = 0; i < flat.length; i += 3) {
    const [paragraph, start, end] = [flat[i]!, flat[i + 1]!, flat[i + 2]!];
    sentence =
      passages.length > 0 && passages[passages.length - 1]!.paragraph === paragraph ? sentence + 1 : 0;
    const n = i / 3;
    passages.push({
      id: `${stored.file}#${paragraph}.${sentence}`,
      article: stored.file,
      paragraph,
      sentence,
      start,
      end,
      text: texts?.[n] ?? sliceOf(stored.paragraphs[paragraph]!, start, end),
      heading: headings?.[n] ?? null,
    });
  }
  return { ...rest, ...(size !== null ? { size } : {}), passages };
}
