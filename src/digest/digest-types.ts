import type { ArticleRef, DigestWindow } from '../storage/digest-store.js';

/** One article credited in a story. */
export interface DigestSource {
  file: string;
  title: string;
  /** Outlet when the article names one. */
  source: string | null;
  url: string | null;
  /** Best date for the article (published, else its first event date), ISO. */
  date: string | null;
}

/** A verbatim sentence from one of the story's articles. */
export interface KeySentence {
  quote: string;
  passageId: string;
  article: string;
  /** Index into the story's `sources`, for the citation mark. */
  sourceIndex: number;
}

/** Articles about the same event, summed up. */
export interface DigestStory {
  headline: string;
  /** The event the articles are about, as they name it ("Finance Ministerial"), when they name one. */
  event: string | null;
  keySentences: KeySentence[];
  people: string[];
  organizations: string[];
  places: string[];
  /** ISO dates the articles give for the story, most attested first. */
  dates: string[];
  /** Every article in the story, most central first. */
  sources: DigestSource[];
  /** Question the follow-up button asks in the digest's thread. */
  followUp: string;
  weight: number;
}

/** Everything a digest says, as data: rendered for Slack, printed by the CLI, emitted as JSON. */
export interface Digest {
  window: DigestWindow;
  /** The articles this digest covers (posted ones are never covered again). */
  articles: ArticleRef[];
  /** Heaviest first. */
  stories: DigestStory[];
}
