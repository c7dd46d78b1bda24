import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { IngestError } from './ingest-error.js';
import { cleanUrl } from './normalize-url.js';
import { toIsoDate } from './to-iso-date.js';

/** The main text of a web page and what the page says about itself. */
export interface ExtractedArticle {
  title: string;
  /** Site name (og:site_name, JSON-LD publisher), else the host name. */
  source: string;
  /** Canonical URL (link rel=canonical, og:url) when the page names one, else the fetched URL; cleaned. */
  url: string;
  author: string | null;
  /** ISO yyyy-mm-dd. */
  published: string | null;
  paragraphs: string[];
}

/** Pages with fewer words of main text than this are refused as "no article text". */
export const MIN_ARTICLE_WORDS = 40;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt';

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(
      `meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function resolve(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return cleanUrl(new URL(href, base).toString())?.toString() ?? null;
  } catch {
    return null;
  }
}

/**
 * Drops a " | Site" tail: the page's own headline when the title starts with it, else a trailing site name.
 */
function cleanTitle(title: string, h1: string, site: string): string {
  if (h1 && h1.length >= 12 && title.startsWith(h1)) return h1;
  if (site) {
    const tail = new RegExp(`\\s+[|\\-–—:·]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    return title.replace(tail, '');
  }
  return title;
}

/** Text blocks in document order; a block nested in another block is part of its parent. */
function blocksOf(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = squash(el.textContent);
    if (text && text !== out[out.length - 1]) out.push(text);
  }
  if (out.length === 0) {
    for (const line of (root.textContent ?? '').split(/\n\s*\n|\r?\n/)) {
      const text = squash(line);
      if (text) out.push(text);
    }
  }
  return out;
}

/**
 * Extracts the main article text and metadata from an HTML page with Mozilla Readability
 * over jsdom (scripts are not run). Throws IngestError('no_text') when there is no article.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const dom = new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const canonical =
      resolve(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl) ??
      resolve(meta(doc, 'og:url'), pageUrl) ??
      cleanUrl(pageUrl)?.toString() ??
      pageUrl;
    const published =
      toIsoDate(
        meta(
          doc,
          'article:published_time',
          'og:published_time',
          'datePublished',
          'date',
          'pubdate',
          'publish-date',
          'dc.date',
          'dcterms.created',
        ),
      ) ??
      toIsoDate(doc.querySelector('[itemprop="datePublished" i]')?.getAttribute('datetime')) ??
      toIsoDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
    const metaAuthor = meta(doc, 'author', 'article:author', 'dc.creator', 'byl');
    const appName = meta(doc, 'application-name');
    const ogTitle = squash(meta(doc, 'og:title', 'twitter:title'));
    const h1 = squash(doc.querySelector('article h1, h1')?.textContent);
    const parsed = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
    const paragraphs = parsed?.content ? blocksOf(parsed.content) : [];
    const title = cleanTitle(
      ogTitle || squash(parsed?.title) || squash(doc.title),
      h1,
      squash(parsed?.siteName) || squash(appName),
    );
    if (paragraphs[0] && paragraphs[0] === title) paragraphs.shift();
    const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
    if (words < MIN_ARTICLE_WORDS) {
      throw new IngestError(`no article text found at ${pageUrl} (${words} words of main text)`, 'no_text');
    }
    const byline = squash(parsed?.byline).replace(/^by\s+/i, '');
    const author = byline || (metaAuthor && !/^https?:/i.test(metaAuthor) ? squash(metaAuthor) : null);
    return {
      title: title || new URL(canonical).pathname,
      source:
        squash(parsed?.siteName) || squash(appName) || new URL(canonical).hostname.replace(/^www\./, ''),
      url: canonical,
      author: author || null,
      published: published ?? toIsoDate(parsed?.publishedTime),
      paragraphs,
    };
  } finally {
    dom.window.close();
  }
}
