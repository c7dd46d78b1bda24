import type { BenchDoc } from './read-scifact.js';

/** Deterministic 32-bit PRNG (mulberry32): the same seed always yields the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** Word stream to sample from; drawing uniformly from it reproduces its word frequencies. */
  words: string[];
  count: number;
  seed: number;
  minWords?: number;
  maxWords?: number;
}

function pick<T>(items: T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot sample from an empty list');
  return item;
}

/** Passages of random length whose words follow the source's unigram distribution, ids `s${n}`. */
export function makeSyntheticCorpus(options: SyntheticOptions): BenchDoc[] {
  const { words, count, seed, minWords = 8, maxWords = 40 } = options;
  const random = createRandom(seed);
  const docs: BenchDoc[] = [];
  for (let n = 0; n < count; n++) {
    const length = minWords + Math.floor(random() * (maxWords - minWords + 1));
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(pick(words, random));
    docs.push({ id: `s${n}`, text: `${parts.join(' ')}.` });
  }
  return docs;
}

/** Queries of 2–5 words taken from random passages, so that every query has matches. */
export function makeQueries(docs: BenchDoc[], count: number, seed: number): string[] {
  const random = createRandom(seed);
  const queries: string[] = [];
  while (queries.length < count) {
    const words = pick(docs, random)
      .text.replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2);
    if (words.length === 0) continue;
    const size = Math.min(words.length, 2 + Math.floor(random() * 4));
    const start = Math.floor(random() * (words.length - size + 1));
    queries.push(words.slice(start, start + size).join(' '));
  }
  return queries;
}

/** The word stream of a text collection: lower-cased letter runs, in order. */
export function wordStream(texts: string[]): string[] {
  return texts.flatMap((t) => t.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []);
}
