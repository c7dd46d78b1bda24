import { readFile, writeFile } from 'node:fs/promises';
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
  /** The stories, for end-to-end asks over article files (empty for the synthetic corpus). */
  stories: ReutersStory[];
  passages: BenchDoc[];
  queries: string[];
}

/** Builds the passages and queries for a spec; deterministic for a given spec. */
export async function makeSpeedCorpus(spec: SpeedCorpusSpec): Promise<SpeedCorpus> {
  const stories = await readReuters(spec.reutersDir, { maxFiles: spec.maxFiles });
  const real = toPassages(stories);
  if (spec.kind === 'reuters')
    return { stories, passages: real, queries: makeQueries(real, spec.queries, spec.seed + 1) };
  const passages = makeSyntheticCorpus({
    words: wordStream(real.map((p) => p.text)),
    count: spec.size,
    seed: spec.seed,
  });
  return { stories: [], passages, queries: makeQueries(passages, spec.queries, spec.seed + 1) };
}

/**
 * Corpora are built once by the parent and read from a file by each worker: generating the synthetic
 * corpus needs several hundred MB that would otherwise count in every engine's peak RSS.
 */
export async function saveSpeedCorpus(corpus: SpeedCorpus, path: string): Promise<void> {
  await writeFile(path, JSON.stringify(corpus));
}

export async function readSpeedCorpus(path: string): Promise<SpeedCorpus> {
  return JSON.parse(await readFile(path, 'utf8')) as SpeedCorpus;
}
