import { createHash } from 'node:crypto';
import type { ArticleMeta } from '../engine/index.js';

/** Metadata written to an article file's front matter; null fields are left out. */
export type FrontMatter = Pick<ArticleMeta, 'title' | 'source' | 'url' | 'author' | 'published'>;

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * The plain-text article file the ingest parser reads: a `---` front-matter block
 * (title, source, url, author, published) and then paragraphs separated by blank lines.
 */
export function formatArticleFile(meta: FrontMatter, paragraphs: string[]): string {
  const lines = ['---'];
  for (const key of ['title', 'source', 'url', 'author', 'published'] as const) {
    const value = meta[key];
    if (value && oneLine(value)) lines.push(`${key}: ${oneLine(value)}`);
  }
  lines.push('---');
  // A body line of exactly "---" would read as a second front-matter fence.
  const body = paragraphs.map(oneLine).filter((p) => p && p !== '---');
  return `${lines.join('\n')}\n${body.join('\n\n')}\n`;
}

/** Lower-case ASCII words joined by hyphens, at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'article';
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** `<slug>_<8 hex of sha-256(key)>.txt`: readable, and stable for the same page. */
export function articleFileName(title: string, key: string): string {
  return `${slugify(title)}_${createHash('sha256').update(key).digest('hex').slice(0, 8)}.txt`;
}
