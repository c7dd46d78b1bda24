import { answerQuestion, defaultAnswerOptions, type AnswerOptions } from './answer/answer-question.js';
import { dropRepeatedQuotes } from './answer/drop-repeated-quotes.js';
import { keepRelatedClosest } from './answer/keep-related-closest.js';
import { createDerivedData, type DerivedJSON, type SavedDerived } from './derived/create-derived-data.js';
import { analyzeText } from './index/analyze-text.js';
import {
  createSearchIndex,
  loadSearchIndex,
  type IndexOptions,
  type SearchIndex,
} from './index/search-index.js';
import { hashArticle } from './ingest/hash-article.js';
import { ingestFile } from './ingest/ingest-file.js';
import { readDerivedSections, writeDerivedSections } from './derived/pack-derived.js';
import { createArticleShelf, type ArticleShelf } from './snapshot/create-article-shelf.js';
import { indexPassages, unindexPassages } from './index-passages.js';
import type { StoredArticle } from './snapshot/encode-articles.js';
import { packedFrom, readArticleSections, writeArticleSections } from './snapshot/pack-articles.js';
import { readSnapshot, writeSnapshot } from './snapshot/snapshot-bytes.js';
import { SnapshotVersionError } from './snapshot/snapshot-version-error.js';
import type {
  Article,
  Engine,
  EngineSnapshot,
  IngestResult,
  IngestWarning,
  Passage,
  SourceFile,
} from './types.js';

/** Bumped whenever ingestion, analysis or the snapshot layout changes: older snapshots are rebuilt. */
export const ENGINE_VERSION = 6;

export interface EngineOptions {
  index: Partial<IndexOptions>;
  answer: Partial<AnswerOptions>;
}

// Kinds that take different paths (people, dates, statements): each runs once before the first real question.
const WARM_UP_QUESTIONS = [
  'Who attended the meeting?',
  'When was the agreement signed?',
  'What did the minister say about prices?',
];

/** Builds an engine from article files. Files that cannot be ingested are skipped with warnings. */
export function createEngine(
  files: SourceFile[],
  options: Partial<EngineOptions> = {},
): { engine: Engine; warnings: IngestWarning[] } {
  const engine = assembleEngine(createArticleShelf([]), createSearchIndex(options.index), undefined, options);
  const warnings = engine.upsertMany(files).flatMap((result) => result.warnings);
  return { engine, warnings };
}

const unsupported = (version: unknown) =>
  version !== ENGINE_VERSION
    ? new SnapshotVersionError('engine', version, ENGINE_VERSION)
    : new Error('engine snapshot: does not hold together');

/**
 * Restores an engine from `engine.toBytes()` (or `engine.toJSON()`) without re-analysing text;
 * throws when the snapshot is of another version or does not hold together. Articles and their
 * entities stay packed until used. Derived data saved by another entity finder is recomputed here.
 */
export function loadEngine(snapshot: unknown, options: Partial<EngineOptions> = {}): Engine {
  if (snapshot instanceof Uint8Array) {
    const bytes = readSnapshot(snapshot);
    if (bytes.header.version !== ENGINE_VERSION) throw unsupported(bytes.header.version);
    const articles = readArticleSections(bytes);
    const index = loadSearchIndex(bytes.bytes('index'));
    return assembleEngine(createArticleShelf(articles), index, readDerivedSections(bytes), options);
  }
  const data = snapshot as Partial<EngineSnapshot> | null;
  if (!data || data.version !== ENGINE_VERSION || !Array.isArray(data.articles))
    throw unsupported(data?.version);
  return assembleEngine(
    createArticleShelf((data.articles as StoredArticle[]).map(packedFrom)),
    loadSearchIndex(data.index),
    data.derived as DerivedJSON | undefined,
    options,
  );
}

/**
 * The engine over articles already on the shelf and in the index; derived data is restored from
 * `saved` where it fits, and computed for the articles it does not cover.
 */
export function assembleEngine(
  articles: ArticleShelf,
  index: SearchIndex,
  saved: SavedDerived | undefined,
  options: Partial<EngineOptions>,
): Engine {
  const answerOptions = { ...defaultAnswerOptions, ...options.answer };
  // A passage's analysed terms are the ones the index holds for it: read from its postings, not analysed again.
  const termsOf = (p: Passage) => ({ has: index.holdsIn(p.id) });

  // The index's postings narrow a name's word to the passages that hold it; a word the analyser drops means all of them.
  const passagesWithWord = (word: string): Iterable<string> => {
    const [term] = analyzeText(word, index.options);
    return term === undefined ? articles.passageIds() : index.idsWith(term);
  };
  const derived = createDerivedData(
    {
      article: (file) => articles.get(file),
      passageCount: (file) => articles.passageCount(file),
      passage: (id) => articles.passage(id),
      passagesWithWord,
      vectorize: (text) => index.vectorize(text),
    },
    saved,
  );
  const missing = derived.missing(articles.files());
  if (missing.length > 0) {
    derived.begin();
    for (const file of missing) derived.add(articles.get(file)!);
    derived.settle();
  }

  const remove = (file: string): boolean => {
    const article = articles.get(file);
    if (!article) return false;
    derived.remove(article);
    unindexPassages(index, article);
    articles.delete(file);
    return true;
  };

  const upsert = (file: SourceFile): IngestResult => {
    // Unchanged bytes: nothing to parse (the article keeps the mtime it was first seen with, for the digest).
    // (A file not held yet is hashed once, by ingestion.)
    const held = articles.stamp(file.name);
    if (held && held.hash === hashArticle(file.bytes))
      return { article: articles.get(file.name)!, warnings: [] };
    const result = ingestFile(file);
    // A file that can no longer be read (emptied, binary) must not keep answering with its old text.
    if (!result.article) {
      remove(file.name);
      return result;
    }
    const article: Article = { ...result.article, size: file.bytes.length };
    remove(file.name);
    articles.set(article);
    indexPassages(index, article);
    derived.add(article);
    return { ...result, article };
  };

  const ask: Engine['ask'] = (question, askOptions = {}) => {
    const answer = answerQuestion(
      question,
      {
        index,
        passage: (id) => articles.passage(id),
        article: (file) => articles.get(file),
        termsOf,
        entitiesOf: derived.entitiesOf,
        eventOf: derived.eventOf,
        // The index keeps its group titles' terms; an article whose title is no field (taken from its body) has none.
        titleTerms: (passage, title, written) =>
          index.titleOf(passage.id) === title ? index.titleTermsOf(passage.id, written) : null,
      },
      { ...answerOptions, maxCitations: askOptions.maxCitations ?? answerOptions.maxCitations },
    );
    return keepRelatedClosest(dropRepeatedQuotes(answer), (term) => index.idf(term), index.options);
  };

  return {
    ask,
    warmUp: () => {
      for (const question of WARM_UP_QUESTIONS) {
        try {
          ask(question);
        } catch {
          // A warm-up answer is dropped, and so is a failed one: the real question will report its own.
        }
      }
    },
    upsert,
    upsertMany(files) {
      derived.begin();
      try {
        return files.map(upsert);
      } finally {
        derived.settle();
      }
    },
    remove,
    articles: () =>
      articles
        .summaries()
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0)),
    article: (file) => articles.get(file),
    stamp: (file) => articles.stamp(file),
    entitiesOf: (passageId) => {
      const passage = articles.passage(passageId);
      return passage ? derived.entitiesOf(passage) : [];
    },
    eventOf: (passageId) => {
      const passage = articles.passage(passageId);
      return passage ? derived.eventOf(passage) : null;
    },
    derivedOf: (file) => derived.ofArticle(file),
    vectorize: (text) => index.vectorize(text),
    hashes: () => articles.hashes(),
    toJSON: () => ({
      version: ENGINE_VERSION,
      articles: articles.packed().map((a) => a.unpack()),
      index: index.toJSON(),
      derived: derived.toJSON(),
    }),
    toBytes: () =>
      writeSnapshot(
        { version: ENGINE_VERSION, fingerprint: derived.fingerprint() },
        {
          ...writeArticleSections(articles.packed()),
          index: { kind: 'bytes', value: index.toBytes() },
          ...writeDerivedSections(derived.toSaved()),
        },
      ),
  };
}
