import type { Entity } from './entities/find-entities.js';

export type { Entity };

/**
 * The answer engine's public data contracts. Everything here is plain data (JSON-safe),
 * so it can cross into Slack rendering, storage, the digest and the CLI unchanged.
 *
 * Offsets are UTF-16 code-unit offsets (JavaScript string indices) into the file's text
 * as decoded from UTF-8, so `decodedText.slice(start, end) === text` for every span.
 */

/** One article file as read from disk (or fetched); the engine never touches fs itself. */
export interface SourceFile {
  /** File name relative to the seeds folder, e.g. `002_a38ee5b1dece2603.txt`. Also the article id. */
  name: string;
  bytes: Uint8Array;
  /** When the file was added/modified (ms since epoch), if known. Used by the digest. */
  mtimeMs?: number;
}

/** A half-open character range into the decoded file text. */
export interface Span {
  start: number;
  end: number;
}

/** One paragraph of news text that survived clutter removal. */
export interface Paragraph extends Span {
  text: string;
}

/** What an article says about itself. Dates are ISO `yyyy-mm-dd` (or `yyyy-mm` when no day). */
export interface ArticleMeta {
  title: string;
  /** Outlet or agency when the text names one ("SOURCE – TIMES OF INDIA", "- ANI", "(With inputs from ANI)"). */
  source: string | null;
  url: string | null;
  author: string | null;
  /** Publication date, from front matter, a "Published"/"Updated" line, or the dateline. */
  published: string | null;
  /** The dateline as written, e.g. "Washington DC, January 13". */
  dateline: string | null;
  /** Dates of events the body states ("On 12 January 2026", "February 19–20"), ISO, in order of appearance. */
  eventDates: string[];
  /** The latest date the body reports as having happened (a future event it announces never counts), ISO, or null. */
  reported: string | null;
}

/** A citable unit: one sentence, kept with its paragraph. */
export interface Passage extends Span {
  /** Stable id: `${article}#${paragraph}.${sentence}` (0-based), unchanged while the file is unchanged. */
  id: string;
  /** The article's file name. */
  article: string;
  paragraph: number;
  sentence: number;
  /** Verbatim text: equals the decoded file text sliced at [start, end). */
  text: string;
  /** The section heading the passage sits under ("What does the US want from this initiative?"), or null. Indexed with the passage, never quoted. */
  heading: string | null;
}

export interface Article extends ArticleMeta {
  /** File name relative to the seeds folder; doubles as the article id. */
  file: string;
  /** sha-256 hex of the raw bytes: the index is rebuilt for an article only when this changes. */
  hash: string;
  /** File size in bytes, with mtimeMs what start-up checks before reading a file again. */
  size?: number;
  mtimeMs: number | null;
  paragraphs: Paragraph[];
  passages: Passage[];
}

/**
 * The one date an article is known by: when it was published, else the latest date it reports as
 * past or present. A summit it announces for next month is not its date.
 */
export function articleDate(article: Pick<Article, 'published' | 'reported'>): string | null {
  return article.published ?? article.reported ?? null;
}

export interface IngestWarning {
  file: string;
  message: string;
}

/** Result of ingesting one file: an article, or null (skipped) with warnings naming the file. */
export interface IngestResult {
  article: Article | null;
  warnings: IngestWarning[];
}

/** What a question asks for. */
export type AnswerKind = 'person' | 'place' | 'date' | 'amount' | 'list' | 'definition' | 'reason' | 'other';

export interface Citation {
  /** File name in seeds/. */
  article: string;
  title: string;
  source: string | null;
  /** Best date for the article (published, else first event date), ISO, or null. */
  date: string | null;
  /** The article's web address (fetched articles, a `URL:` front-matter line), http(s) only; null when unknown. */
  url: string | null;
  /** The verbatim passage. */
  quote: string;
  score: number;
  passageId: string;
  start: number;
  end: number;
}

/** One value a typed answer states ("Scott Bessent"), for readers that group or re-order them. */
export interface AnswerFact {
  value: string;
  type: Entity['type'];
  /** Citation numbers (1-based, into `citations`) that state it, as `[n]` in the answer text. */
  refs: number[];
  /** `host` when a cited passage says it hosted (chaired, convened) the event; else null. */
  role: 'host' | null;
}

/** Part of an answer that belongs to one event, when a question could mean several (two ministerials). */
export interface AnswerGroup {
  /** The event's name as the articles write it, e.g. "Finance Ministerial". */
  label: string;
  answer: string;
  citations: Citation[];
  /** The values `answer` states, when it states typed values. */
  facts?: AnswerFact[];
}

export interface Answer {
  question: string;
  /** False when the articles don't answer the question; then `answer` says so and `citations` is empty. */
  found: boolean;
  /** Short answer text (plain text, not mrkdwn). */
  answer: string;
  kind: AnswerKind;
  /** The passages the answer rests on, numbered in `answer` order. Never empty when `found`. */
  citations: Citation[];
  /** Nearest passages offered when `found` is false ("closest matches"); empty when found. */
  closest: Citation[];
  /** How many further relevant passages matched beyond those cited (drives a "More sources" button). */
  more: Citation[];
  /** Present when the answer is split by event. */
  groups?: AnswerGroup[];
  /** The values `answer` states (people, organisations, places, dates, amounts), when it states typed values. */
  facts?: AnswerFact[];
  /**
   * The shortest text that answers (a name, date, amount or phrase), verbatim from the cited passages,
   * without citation markers; present when `found`. A typed answer's is its first value; a sentence
   * answer's is the phrase inside its lead sentence that the question asks for ("tentilla"), which
   * readers show above the sentences that state it.
   */
  span?: string;
}

/**
 * The span readers show above the answer, in bold: only an answer told in sentences has one worth
 * showing apart (a typed answer already is its values, and a definition starts with its subject).
 */
export function spanAbove(
  answer: Pick<Answer, 'found' | 'span' | 'facts' | 'groups' | 'answer'>,
): string | null {
  const { span } = answer;
  if (!answer.found || !span || answer.facts || answer.groups) return null;
  return answer.answer.startsWith(span) ? null : span;
}

/** One line per article, for `/minerals sources`, App Home and the digest. */
export interface ArticleSummary {
  file: string;
  title: string;
  source: string | null;
  date: string | null;
  /** The article's web address when known (http(s) only). */
  url: string | null;
  passageCount: number;
  mtimeMs: number | null;
}

/** Thrown for questions the engine refuses (empty, too long, nothing to search for). */
export class QuestionError extends Error {
  constructor(
    message: string,
    readonly code: 'empty' | 'too_long' | 'no_terms',
  ) {
    super(message);
    this.name = 'QuestionError';
  }
}

/** Options for `engine.ask`. */
export interface AskOptions {
  /** Citations shown at most (default 5); further matches go to `more`. */
  maxCitations?: number;
}

/** The answer engine: pure, in-memory, fed SourceFiles by whoever reads the disk. */
export interface Engine {
  /** Answers a question from the corpus. Throws QuestionError for unusable input. */
  ask(question: string, options?: AskOptions): Answer;
  /**
   * Takes answering through its first run (the part-of-speech tagger's lexicon, the first pass of
   * compiled code) on a few questions whose answers are dropped, so the first real question costs
   * what any other does. The app calls it right after the corpus is ready.
   */
  warmUp(): void;
  /** Adds or replaces one article, updating the index incrementally. */
  upsert(file: SourceFile): IngestResult;
  /** Removes an article by file name; false when it was not there. */
  remove(file: string): boolean;
  /** Articles held, newest first (by date, then mtime). */
  articles(): ArticleSummary[];
  article(file: string): Article | undefined;
  /** Content hash, size and mtime of a held file, without unpacking the article: how start-up and the watcher tell it unchanged. */
  stamp(file: string): { hash: string; size: number | null; mtimeMs: number | null } | undefined;
  /** People, organisations, places, events, dates and amounts in a passage, names resolved against the corpus. */
  entitiesOf(passageId: string): Entity[];
  /** The named event a passage is about ("Finance Ministerial"), from itself, its paragraph or its article; null when none. */
  eventOf(passageId: string): string | null;
  /** What was derived from one article (resolved entities, labels, lead), as persisted; for tests and tools. */
  derivedOf(file: string): unknown;
  /** L2-normalised TF-IDF vector of any text under the current corpus statistics. */
  vectorize(text: string): Map<string, number>;
  /** sha-256 of each article's bytes, by file name: what a saved snapshot was built from. */
  hashes(): Record<string, string>;
  /** Adds or replaces many articles at once: derived data (entities, labels) is settled once at the end. */
  upsertMany(files: SourceFile[]): IngestResult[];
  /** Versioned, JSON-safe snapshot; `loadEngine` restores it without re-analysing text. */
  toJSON(): EngineSnapshot;
  /**
   * The same snapshot in binary form (postings as typed arrays, articles and entities as bytes parsed
   * on first use): what `loadEngine` restores fastest, and what start-up saves.
   */
  toBytes(): Uint8Array;
}

/** A persisted engine. `version` changes whenever the analysis or layout changes; old snapshots are rebuilt. */
export interface EngineSnapshot {
  version: number;
  /** Articles in their stored form (passages cut from paragraphs). */
  articles: unknown[];
  index: unknown;
  /** Entities, lexicon and event labels; recomputed when the entity finder changed. */
  derived: unknown;
}
