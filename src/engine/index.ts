/**
 * The engine's public module: everything outside `src/engine/` (corpus, cli, slack, digest,
 * bench, tests of those) imports from here, never from a file inside the engine.
 */
export * from './types.js';
export { createEngine, loadEngine, ENGINE_VERSION, type EngineOptions } from './create-engine.js';
export { createLateEngine, type LateEngine } from './create-late-engine.js';
export { derivedFingerprint } from './derived/derived-version.js';
export { readSnapshotHeader } from './snapshot/snapshot-bytes.js';
export { SnapshotVersionError } from './snapshot/snapshot-version-error.js';

// File rules: what an article file is, when bytes are text, and an article's content hash.
export { hasArticleExtension, isArticleFile } from './ingest/article-file.js';
export { decodeText, isText, readUtf8, type Decoded } from './ingest/decode-text.js';
export { hashArticle } from './ingest/hash-article.js';

// Reading a short thread reply in the light of the thread's earlier question.
export { readFollowUp } from './conversation/read-follow-up.js';

// Question rules the command line checks before asking.
export { MAX_QUESTION_LENGTH, analyzeQuestion, type QuestionAnalysis } from './answer/analyze-question.js';

// Building blocks the benchmarks compare against other retrievers and readers.
export { pickSpan } from './answer/pick-span.js';
export { rankPassages } from './answer/rank-passages.js';
export { findEntities } from './entities/find-entities.js';
export { analyzeText } from './index/analyze-text.js';
export {
  createSearchIndex,
  defaultIndexOptions,
  loadSearchIndex,
  type IndexJSON,
  type IndexOptions,
  type SearchIndex,
} from './index/search-index.js';
export { splitSentences } from './ingest/split-sentences.js';

// A cold build in two halves, its derived data computed apart (in a worker thread) meanwhile.
export { indexFiles, type IndexedFiles } from './index-files.js';
export { createDerivedPart, type DerivableArticle, type DerivedPart } from './derived/derived-part.js';
