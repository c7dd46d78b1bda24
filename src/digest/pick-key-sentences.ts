import type { Engine, Passage } from '../engine/index.js';
import { cosine, type ArticleProfile } from './profile-article.js';

export interface KeySentenceOptions {
  count: number;
  /** Shorter passages are fragments (datelines, captions); longer ones are quotes that swamp a digest. */
  minLength: number;
  maxLength: number;
  /** Two picks more similar than this say the same thing twice. */
  maxOverlap: number;
}

export const defaultKeySentenceOptions: KeySentenceOptions = {
  count: 3,
  minLength: 50,
  maxLength: 360,
  maxOverlap: 0.45,
};

/**
 * Chooses the sentences that best carry a story, verbatim: closest to the story's centroid,
 * early in their article, naming someone or something, about the story's event, and not
 * repeating each other; each further pick prefers an article not yet quoted.
 */
export function pickKeySentences(
  engine: Engine,
  profiles: readonly ArticleProfile[],
  centroid: ReadonlyMap<string, number>,
  event: string | null,
  options: KeySentenceOptions = defaultKeySentenceOptions,
): Passage[] {
  const candidates = profiles.flatMap((profile) =>
    profile.article.passages
      .filter((p) => p.text.length >= options.minLength && p.text.length <= options.maxLength)
      .filter((p) => !p.text.trimEnd().endsWith('?') && p.text.trim() !== profile.article.title.trim())
      .filter((p) => {
        const about = engine.eventOf(p.id);
        return !event || !about || about === event;
      })
      .map((p) => {
        const vector = engine.vectorize(p.text);
        const named = engine
          .entitiesOf(p.id)
          .some((e) => e.type === 'person' || e.type === 'org' || e.type === 'event');
        return {
          passage: p,
          vector,
          score: cosine(vector, centroid) + (named ? 0.1 : 0) + 0.15 / (1 + p.paragraph),
        };
      }),
  );
  const chosen: typeof candidates = [];
  while (chosen.length < options.count) {
    let best: (typeof candidates)[number] | null = null;
    let bestScore = -Infinity;
    for (const c of candidates) {
      if (chosen.includes(c) || chosen.some((x) => cosine(x.vector, c.vector) > options.maxOverlap)) continue;
      const quoted = chosen.some((x) => x.passage.article === c.passage.article);
      const score = c.score - (quoted ? 0.1 : 0);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (!best) break;
    chosen.push(best);
  }
  return chosen.map((c) => c.passage);
}
