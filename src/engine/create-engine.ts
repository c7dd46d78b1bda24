import { answerQuestion, defaultAnswerOptions, type AnswerOptions } from './answer/answer-question.js';
import { dropRepeatedQuotes } from './answer/drop-repeated-quotes.js';
import { keepRelatedClosest } from './answer/keep-related-closest.js';
import { buildLexicon, findEntities, type Entity, type Lexicon } from './entities/find-entities.js';
import { labelEvents, leadEvent } from './entities/label-events.js';
import { analyzeText } from './index/analyze-text.js';
import { createSearchIndex, loadSearchIndex, type IndexOptions, type SearchIndex } from './index/search-index.js';
import { ingestFile } from './ingest/ingest-file.js';
import { articleDate, type Article, type ArticleSummary, type Engine, type EngineSnapshot, type IngestWarning, type Passage, type SourceFile } from './types.js';

/** Bumped whenever ingestion, analysis or the snapshot layout changes: older snapshots are rebuilt. */
export const ENGINE_VERSION = 3;

export interface EngineOptions {
  index: Partial<IndexOptions>;
  answer: Partial<AnswerOptions>;
}

/** The text a passage is found by: its heading (an explainer's question) and its sentence. */
const indexedText = (passage: Passage) => (passage.heading ? `${passage.heading} ${passage.text}` : passage.text);

/** Builds an engine from article files. Files that cannot be ingested are skipped with warnings. */
export function createEngine(files: SourceFile[], options: Partial<EngineOptions> = {}): { engine: Engine; warnings: IngestWarning[] } {
  const engine = assemble([], createSearchIndex(options.index), options);
  const warnings = files.flatMap((file) => engine.upsert(file).warnings);
  return { engine, warnings };
}

/** Restores an engine from `engine.toJSON()`; throws when the snapshot is of another version. */
export function loadEngine(snapshot: unknown, options: Partial<EngineOptions> = {}): Engine {
  const data = snapshot as Partial<EngineSnapshot> | null;
  if (!data || data.version !== ENGINE_VERSION || !Array.isArray(data.articles)) {
    throw new Error(`engine snapshot: unsupported version ${String(data?.version)} (expected ${ENGINE_VERSION})`);
  }
  return assemble(data.articles, loadSearchIndex(data.index), options);
}

/** The lead event of the most similar article (TF-IDF cosine at least 0.2), for articles that name none. */
function mostSimilarLead(mine: Map<string, number>, others: Array<{ lead: string; vector: Map<string, number> }>): string | null {
  let best: { lead: string | null; similarity: number } = { lead: null, similarity: 0.2 };
  for (const { lead, vector } of others) {
    let similarity = 0;
    for (const [term, weight] of vector) similarity += weight * (mine.get(term) ?? 0);
    if (similarity > best.similarity) best = { lead, similarity };
  }
  return best.lead;
}

function assemble(initial: Article[], index: SearchIndex, options: Partial<EngineOptions>): Engine {
  const articles = new Map(initial.map((a) => [a.file, a]));
  const passages = new Map(initial.flatMap((a) => a.passages.map((p) => [p.id, p] as const)));
  const answerOptions = { ...defaultAnswerOptions, ...options.answer };
  // Derived, rebuilt lazily after any change: analysed terms, entities, the name lexicon, event labels.
  const termCache = new Map<string, ReadonlySet<string>>();
  const rawEntities = new Map<string, Entity[]>();
  let lexicon: Lexicon | null = null;
  let entityCache = new Map<string, Entity[]>();
  let eventLabels: Map<string, string | null> | null = null;

  const invalidate = () => {
    lexicon = null;
    entityCache = new Map();
    eventLabels = null;
  };
  const termsOf = (p: Passage) => termCache.get(p.id) ?? termCache.set(p.id, new Set(analyzeText(indexedText(p), index.options))).get(p.id)!;
  const rawEntitiesOf = (p: Passage) => rawEntities.get(p.id) ?? rawEntities.set(p.id, findEntities(p.text)).get(p.id)!;
  const entitiesOf = (p: Passage): Entity[] => {
    lexicon ??= buildLexicon([...passages.values()].flatMap(rawEntitiesOf));
    return entityCache.get(p.id) ?? entityCache.set(p.id, findEntities(p.text, lexicon)).get(p.id)!;
  };
  const articleText = (a: Article) => a.passages.map((p) => p.text).join(' ');
  // Event labels use the lexicon-free entities, which survive corpus changes; leads are kept per article.
  const leads = new Map<string, string | null>();
  // Article vectors are only compared with each other to find a similar article, so the small idf drift
  // from later changes does not matter; each is dropped when its own article changes.
  const articleVectors = new Map<string, Map<string, number>>();
  const vectorOf = (a: Article) => articleVectors.get(a.file) ?? articleVectors.set(a.file, index.vectorize(articleText(a))).get(a.file)!;
  const leadOf = (a: Article): string | null => {
    if (!leads.has(a.file)) leads.set(a.file, leadEvent(a, rawEntitiesOf));
    return leads.get(a.file) ?? null;
  };
  const eventOf = (p: Passage): string | null => {
    if (!eventLabels) {
      eventLabels = new Map();
      const labelled = [...articles.values()].filter((a) => leadOf(a) !== null);
      let vectors: Array<{ lead: string; vector: Map<string, number> }> | null = null;
      for (const article of articles.values()) {
        let fallback = leadOf(article);
        if (fallback === null && labelled.length > 0) {
          vectors ??= labelled.map((a) => ({ lead: leadOf(a)!, vector: vectorOf(a) }));
          fallback = mostSimilarLead(vectorOf(article), vectors);
        }
        for (const [id, label] of labelEvents(article, rawEntitiesOf, fallback)) eventLabels.set(id, label);
      }
    }
    return eventLabels.get(p.id) ?? null;
  };

  const remove = (file: string): boolean => {
    const article = articles.get(file);
    if (!article) return false;
    for (const passage of article.passages) {
      index.remove(passage.id);
      passages.delete(passage.id);
      termCache.delete(passage.id);
      rawEntities.delete(passage.id);
    }
    articles.delete(file);
    leads.delete(file);
    articleVectors.delete(file);
    invalidate();
    return true;
  };

  const summary = (a: Article): ArticleSummary => ({
    file: a.file,
    title: a.title,
    source: a.source,
    date: articleDate(a),
    url: a.url,
    passageCount: a.passages.length,
    mtimeMs: a.mtimeMs,
  });

  return {
    ask: (question, askOptions = {}) => {
      const answer = answerQuestion(
        question,
        { index, passage: (id) => passages.get(id), article: (file) => articles.get(file), termsOf, entitiesOf, eventOf },
        { ...answerOptions, maxCitations: askOptions.maxCitations ?? answerOptions.maxCitations },
      );
      return keepRelatedClosest(dropRepeatedQuotes(answer), (term) => index.idf(term), index.options);
    },
    upsert(file) {
      const result = ingestFile(file);
      // A file that can no longer be read (emptied, binary) must not keep answering with its old text.
      if (!result.article) {
        remove(file.name);
        return result;
      }
      if (articles.get(file.name)?.hash === result.article.hash) return result;
      remove(file.name);
      articles.set(file.name, result.article);
      for (const passage of result.article.passages) {
        passages.set(passage.id, passage);
        index.add(passage.id, indexedText(passage));
      }
      invalidate();
      return result;
    },
    remove,
    articles: () =>
      [...articles.values()]
        .map(summary)
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0)),
    article: (file) => articles.get(file),
    entitiesOf: (passageId) => {
      const passage = passages.get(passageId);
      return passage ? entitiesOf(passage) : [];
    },
    eventOf: (passageId) => {
      const passage = passages.get(passageId);
      return passage ? eventOf(passage) : null;
    },
    vectorize: (text) => index.vectorize(text),
    hashes: () => Object.fromEntries([...articles.values()].map((a) => [a.file, a.hash])),
    toJSON: () => ({ version: ENGINE_VERSION, articles: [...articles.values()], index: index.toJSON() }),
  };
}
