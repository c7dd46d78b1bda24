import type { BenchDoc } from '../data/read-scifact.js';
import { readReuters, type ReutersStory } from '../data/read-reuters.js';
import { makeQueries, makeSyntheticCorpus, wordStream } from '../data/make-synthetic-corpus.js';
import { toPassages } from '../data/split-sentences.js';

/** Which corpus a speed run uses: Reuters sentences, or `size` synthetic passages from Reuters vocabulary. */
export interface SpeedCorpusSpec {
  kind: 'reuters' | 'synthetic';
  /** Folder holding reut2-*.sgm. */
  reutersDir: string;
  /** Synthetic passages (ignored for reuters). */
  size: number;
  /** Read only the first N Reuters files (quick mode). */
  maxFiles?: number;
  queries: number;
  seed: number;
}

export interface SpeedCorpus {
  stories: ReutersStory[];
  passages: BenchDoc[];
  queries: string[];
}

/** Builds the same passages and queries in every process from the same spec. */
export async function makeSpeedCorpus(spec: SpeedCorpusSpec): Promise<SpeedCorpus> {
  const stories = await readReuters(spec.reutersDir, { maxFiles: spec.maxFiles });
  const real = toPassages(stories);
  const passages =
    spec.kind === 'reuters'
      ? real
      : makeSyntheticCorpus({ words: wordStream(real.map((p) => p.text)), count: spec.size, seed: spec.seed });
  return { stories, passages, queries: makeQueries(passages, spec.queries, spec.seed + 1) };
}
