import type { ArticleAdder, AddOutcome } from './add-article.js';
import type { ExtractedArticle } from './extract-article.js';
import { fetchResource, type SharedFetchOptions } from './fetch-resource.js';
import type { DuplicateFinder } from './find-duplicate.js';
import { articleFileName, formatArticleFile } from './format-article-file.js';
import { IngestError } from './ingest-error.js';
import { cleanUrl, urlKey } from './normalize-url.js';

export interface UrlIngesterDeps {
  adder: ArticleAdder;
  duplicates: DuplicateFinder;
  /** Readability extraction, normally `createArticleExtractor().extract` (off-thread). */
  extract: (html: string, url: string) => Promise<ExtractedArticle>;
  /** Overrides for tests (a short timeout, a small cap). */
  fetchOptions?: SharedFetchOptions;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

/**
 * Fetches a web page, extracts its article and stores it in seeds/ with front matter.
 * Resolves to what was added or which held article it duplicates; rejects with IngestError.
 */
export function createUrlIngester(deps: UrlIngesterDeps) {
  return async function ingestUrl(rawUrl: string, options: { addedBy?: string } = {}): Promise<AddOutcome> {
    const requested = cleanUrl(rawUrl);
    if (!requested) throw new IngestError(`"${rawUrl}" is not an http(s) URL`, 'bad_url');
    const known = deps.duplicates.find({ urls: [requested.toString()], paragraphs: [] });
    if (known) return { status: 'duplicate', file: known.file, title: known.title, reason: 'url' };
    const page = await fetchResource(requested.toString(), {
      ...deps.fetchOptions,
      accept: (type) => HTML_TYPES.has(type),
      expected: 'a web page',
    });
    const article = await deps.extract(page.text, page.url);
    const text = formatArticleFile(article, article.paragraphs);
    return deps.adder.add({
      name: articleFileName(article.title, urlKey(article.url) ?? article.url),
      bytes: new TextEncoder().encode(text),
      urls: [requested.toString(), page.url, article.url],
      ...(options.addedBy ? { addedBy: options.addedBy } : {}),
    });
  };
}

export type IngestUrl = ReturnType<typeof createUrlIngester>;
