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

// What a stored article holds beyond an article's own fields: rebuilt into passages, or set apart.
const STORED_ONLY = new Set(['passages', 'headings', 'texts', 'size']);

/**
 * The article a stored one encodes. Decoding runs on the first use of every article restored from a
 * snapshot (an answer's candidates), so fields are copied one by one, in order: object rest and spread
 * cost more here than the whole passage walk.
 */
export function decodeArticle(stored: StoredArticle): Article {
  const { passages: flat, headings, texts, size, file, paragraphs } = stored;
  const article: Record<string, unknown> = {};
  for (const key in stored) if (!STORED_ONLY.has(key)) article[key] = stored[key as keyof StoredArticle];
  const passages: Passage[] = [];
  let sentence = 0;
  for (let i = 0; i < flat.length; i += 3) {
    const paragraph = flat[i]!;
    const start = flat[i + 1]!;
    const end = flat[i + 2]!;
    sentence =
      passages.length > 0 && passages[passages.length - 1]!.paragraph === paragraph ? sentence + 1 : 0;
    const n = i / 3;
    passages.push({
      id: `${file}#${paragraph}.${sentence}`,
      article: file,
      paragraph,
      sentence,
      start,
      end,
      text: texts?.[n] ?? sliceOf(paragraphs[paragraph]!, start, end),
      heading: headings?.[n] ?? null,
    });
  }
  if (size !== null) article.size = size;
  article.passages = passages;
  return article as unknown as Article;
}
