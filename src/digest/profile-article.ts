import { articleDate, type Article, type Engine } from '../engine/index.js';

/** What grouping and summarising need to know about one article. */
export interface ArticleProfile {
  article: Article;
  /** TF-IDF vector of the article's passages (L2-normalised by the engine). */
  vector: Map<string, number>;
  /** People, organisations and events named, by canonical name, with counts. */
  names: Map<string, number>;
  /** The event most of the article is about, as the engine labels its passages. */
  event: string | null;
  /** ISO dates the article gives: publication and events. */
  dates: string[];
  /** Best single date (published, else first event date), ISO. */
  date: string | null;
}

// The opening paragraphs say what an article is about; later ones drift to background.
const LEAD_PARAGRAPHS = 3;
const NAME_TYPES = new Set(['person', 'org', 'event']);

export function profileArticle(engine: Engine, article: Article): ArticleProfile {
  const names = new Map<string, number>();
  const events = new Map<string, number>();
  for (const passage of article.passages) {
    for (const entity of engine.entitiesOf(passage.id)) {
      if (NAME_TYPES.has(entity.type)) names.set(entity.name, (names.get(entity.name) ?? 0) + 1);
    }
    const event = engine.eventOf(passage.id);
    if (event) events.set(event, (events.get(event) ?? 0) + (passage.paragraph < LEAD_PARAGRAPHS ? 2 : 1));
  }
  let event: string | null = null;
  for (const [name, weight] of events) if (event === null || weight > events.get(event)!) event = name;
  const dates = [...new Set([...(article.published ? [article.published] : []), ...article.eventDates])];
  return {
    article,
    vector: engine.vectorize(article.passages.map((p) => p.text).join(' ')),
    names,
    event,
    dates,
    date: articleDate(article),
  };
}

/** Dot product of two L2-normalised sparse vectors. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** Euclidean length of a sparse vector (1 for an empty one, so dividing by it is safe). */
export function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum) || 1;
}
