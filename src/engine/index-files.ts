import { assembleEngine, createEngine, type EngineOptions } from './create-engine.js';
import { completeDerived } from './derived/complete-derived.js';
import { indexPassages } from './index-passages.js';
import { createSearchIndex } from './index/search-index.js';
import { ingestFile } from './ingest/ingest-file.js';
import { createArticleShelf } from './snapshot/create-article-shelf.js';
import type { Article, Engine, IngestWarning, SourceFile } from './types.js';

/** Articles handed to `onIngested` at a time. */
const BATCH = 500;

/** A cold build with its index done and its derived data (entities, lexicon, event labels) still to come. */
export interface IndexedFiles {
  warnings: IngestWarning[];
  /**
   * The engine, with derived data computed apart by `createDerivedPart` over the articles
   * `onIngested` was given (`derivedUsed`), or computed here when there are no such bytes or they do
   * not fit. The engine, its answers and its snapshot are the same either way. Call once.
   */
  complete(derived?: Uint8Array | null): { engine: Engine; derivedUsed: boolean };
}

/**
 * The first half of `createEngine(files)`: ingests every file, handing the articles in batches to
 * `onIngested` (to derive them elsewhere, in parallel; `last` on the final batch, which may be
 * empty; no call for no files), then indexes them. Files with a repeated
 * name are built by `createEngine` as they are, with nothing handed out.
 */
export function indexFiles(
  files: readonly SourceFile[],
  options: Partial<EngineOptions> = {},
  onIngested?: (articles: Article[], last: boolean) => void,
): IndexedFiles {
  if (new Set(files.map((f) => f.name)).size !== files.length) {
    const built = createEngine([...files], options);
    return { warnings: built.warnings, complete: () => ({ engine: built.engine, derivedUsed: false }) };
  }
  const shelf = createArticleShelf([]);
  const warnings: IngestWarning[] = [];
  const articles: Article[] = [];
  let batch: Article[] = [];
  files.forEach((file, i) => {
    const result = ingestFile(file);
    warnings.push(...result.warnings);
    if (result.article) {
      const article: Article = { ...result.article, size: file.bytes.length };
      shelf.set(article);
      articles.push(article);
      batch.push(article);
    }
    const last = i === files.length - 1;
    if (batch.length >= BATCH || last) {
      onIngested?.(batch, last);
      batch = [];
    }
  });
  // All articles are handed out before indexing (the last batch says so), so deriving them elsewhere
  // goes on, second pass included, while the index is built.
  const index = createSearchIndex(options.index);
  for (const article of articles) indexPassages(index, article);

  let done = false;
  return {
    warnings,
    complete(derived) {
      if (done) throw new Error('indexFiles: complete() was already called');
      done = true;
      const held = articles.map((a) => ({ file: a.file, hash: a.hash, passages: a.passages.length }));
      const saved = derived ? completeDerived(derived, held, index) : null;
      return {
        engine: assembleEngine(shelf, index, saved ?? undefined, options),
        derivedUsed: saved !== null,
      };
    },
  };
}
