import { createEngine, type Engine } from '../../engine/index.js';
import type { ReutersStory } from '../data/read-reuters.js';
import { toPassages } from '../data/split-sentences.js';
import { naturalTfidf } from '../retrievers/natural-tfidf.js';
import type { RetrieverKind } from '../retrievers/retriever.js';
import { askOrNull, benchFile, firstShown } from './engine-reader.js';

export interface ReutersTitleResult {
  engine: string;
  /** Stories in the corpus (with a title and a body). */
  stories: number;
  /** Titles asked: those no other story shares, sampled evenly. */
  queries: number;
  /** Share whose first shown passage (cited, or closest when abstaining) is from the story itself. */
  hit1: number;
  /** Share answered with the story as the first citation (an abstention is a miss); null for plain search engines. */
  answeredHit1: number | null;
}

const normalTitle = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

/** Stories with a title no other story has (a known item must be one item), every `step`-th of them. */
export function knownItems(stories: ReutersStory[], step: number): ReutersStory[] {
  const counts = new Map<string, number>();
  for (const s of stories) counts.set(normalTitle(s.title), (counts.get(normalTitle(s.title)) ?? 0) + 1);
  return stories.filter((s) => counts.get(normalTitle(s.title)) === 1).filter((_, i) => i % step === 0);
}

/** The article file a story becomes: the headline on its own line, then the body as the wire sent it. */
const reutersFile = (story: ReutersStory) =>
  benchFile(`reuters-${story.id}.txt`, `${story.title}\n\n${story.body}\n`);

/** Every story ingested as an article, as the app would hold them. */
const reutersEngine = (stories: ReutersStory[]): Engine => createEngine(stories.map(reutersFile)).engine;

/** Our engine (holding every story) asked each title through `engine.ask`. */
function askTitles(
  engine: Engine,
  stories: number,
  queries: ReutersStory[],
  name = 'minerals',
): ReutersTitleResult {
  let shown = 0;
  let answered = 0;
  for (const story of queries) {
    const answer = askOrNull(engine, story.title);
    const file = reutersFile(story).name;
    if (firstShown(answer)?.article === file) shown++;
    if (answer?.found && answer.citations[0]?.article === file) answered++;
  }
  const n = queries.length || 1;
  return { engine: name, stories, queries: queries.length, hit1: shown / n, answeredHit1: answered / n };
}

/** A plain search engine over the stories' body sentences: the story of the top sentence. */
function runReutersTitlesRetriever(
  stories: ReutersStory[],
  queries: ReutersStory[],
  kind: RetrieverKind,
): ReutersTitleResult {
  const retriever = kind.create();
  retriever.addAll(toPassages(stories));
  let hits = 0;
  for (const story of queries) {
    const top = retriever.search(story.title, 1)[0];
    if (top !== undefined && top.slice(0, top.lastIndexOf('.')) === story.id) hits++;
  }
  return {
    engine: kind.name,
    stories: stories.length,
    queries: queries.length,
    hit1: hits / (queries.length || 1),
    answeredHit1: null,
  };
}

/**
 * Known-item search by title: our engine asked every unique title over all stories; natural's TfIdf
 * (which scores every sentence for every query, so is slow at this size) and our engine again on an
 * even sample of at most `sampled` titles, the same for both.
 */
export function runReutersTitles(stories: ReutersStory[], sampled: number): ReutersTitleResult[] {
  const queries = knownItems(stories, 1);
  const sample = knownItems(stories, Math.max(1, Math.ceil(queries.length / sampled)));
  const engine = reutersEngine(stories);
  return [
    askTitles(engine, stories.length, queries),
    askTitles(engine, stories.length, sample, 'minerals (same sample)'),
    runReutersTitlesRetriever(stories, sample, naturalTfidf),
  ];
}
