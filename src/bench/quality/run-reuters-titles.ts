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
  /**
   * Every story asked by its title, titles several stories share included (null for plain search engines):
   * `hit1` counts only the story itself (strict: a shared title cannot tell its stories apart), `sameTitleHit1`
   * any story with the same title.
   */
  allTitles: { queries: number; hit1: number; sameTitleHit1: number } | null;
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

interface Shown {
  /** The article of the first passage shown, cited or closest. */
  first: string | null;
  /** The first citation's article when the engine answered, else null. */
  answered: string | null;
}

/** Our engine (holding every story) asked each story's title through `engine.ask`, once per story. */
function askEvery(engine: Engine, stories: ReutersStory[]): Map<string, Shown> {
  const shown = new Map<string, Shown>();
  for (const story of stories) {
    const answer = askOrNull(engine, story.title);
    shown.set(story.id, {
      first: firstShown(answer)?.article ?? null,
      answered: answer?.found ? (answer.citations[0]?.article ?? null) : null,
    });
  }
  return shown;
}

const share = (hits: number, n: number) => hits / (n || 1);

function titleResult(
  name: string,
  stories: ReutersStory[],
  queries: ReutersStory[],
  shown: Map<string, Shown>,
  withAll: boolean,
): ReutersTitleResult {
  const own = (story: ReutersStory) => reutersFile(story).name;
  const count = (list: ReutersStory[], hit: (story: ReutersStory, s: Shown) => boolean) =>
    list.filter((story) => hit(story, shown.get(story.id)!)).length;
  const filesByTitle = new Map<string, Set<string>>();
  for (const story of stories) {
    const key = normalTitle(story.title);
    (filesByTitle.get(key) ?? filesByTitle.set(key, new Set()).get(key)!).add(own(story));
  }
  return {
    engine: name,
    stories: stories.length,
    queries: queries.length,
    hit1: share(
      count(queries, (story, s) => s.first === own(story)),
      queries.length,
    ),
    answeredHit1: share(
      count(queries, (story, s) => s.answered === own(story)),
      queries.length,
    ),
    allTitles: withAll
      ? {
          queries: stories.length,
          hit1: share(
            count(stories, (story, s) => s.first === own(story)),
            stories.length,
          ),
          sameTitleHit1: share(
            count(stories, (story, s) => filesByTitle.get(normalTitle(story.title))!.has(s.first ?? '')),
            stories.length,
          ),
        }
      : null,
  };
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
    allTitles: null,
  };
}

/**
 * Known-item search by title: our engine asked every story's title over all stories, scored on the
 * unique titles (the known-item figure) and on all of them; natural's TfIdf (which scores every
 * sentence for every query, so is slow at this size) and our engine again on an even sample of at
 * most `sampled` unique titles, the same for both.
 */
export function runReutersTitles(stories: ReutersStory[], sampled: number): ReutersTitleResult[] {
  const queries = knownItems(stories, 1);
  const sample = knownItems(stories, Math.max(1, Math.ceil(queries.length / sampled)));
  const shown = askEvery(reutersEngine(stories), stories);
  return [
    titleResult('minerals', stories, queries, shown, true),
    titleResult('minerals (same sample)', stories, sample, shown, false),
    runReutersTitlesRetriever(stories, sample, naturalTfidf),
  ];
}
