import type { Article, Engine } from '../engine/types.js';
import { urlKey } from './normalise-url.js';

/** An article already held that a candidate duplicates. */
export interface Duplicate {
  file: string;
  title: string;
  reason: 'url' | 'text';
  /** Jaccard similarity of word 4-shingles (1 for a URL match). */
  similarity: number;
}

/** What is known about an article that might be a duplicate. */
export interface DuplicateCandidate {
  urls: Array<string | null | undefined>;
  /** The article's paragraphs (as the engine parsed them, so clutter is treated alike on both sides). */
  paragraphs: string[];
  /** The candidate's own file name, when it is already in the engine. */
  self?: string;
}

/** Near-identical when this share of word 4-shingles is common (syndicated copies with a changed headline or footer score above it). */
export const NEAR_DUPLICATE_JACCARD = 0.8;

const SHINGLE = 4;

/** Hashed word 4-shingles of a text (all words when shorter). */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  const n = Math.min(SHINGLE, words.length);
  for (let i = 0; i + n <= words.length && n > 0; i++) {
    // FNV-1a over the joined words: collisions are rare enough to leave Jaccard unchanged in practice.
    let h = 0x811c9dc5;
    const s = words.slice(i, i + n).join(' ');
    for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Finds whether the engine already holds an article: same canonical URL, or near-identical
 * text. Shingle sets of held articles are cached by content hash, so a check costs one
 * pass over the corpus's sets.
 */
export function createDuplicateFinder(engine: Engine) {
  const cache = new Map<string, { hash: string; url: string | null; shingles: Set<number> }>();

  function entry(article: Article) {
    const cached = cache.get(article.file);
    if (cached && cached.hash === article.hash) return cached;
    const fresh = { hash: article.hash, url: article.url ? urlKey(article.url) : null, shingles: shingles(article.paragraphs.map((p) => p.text).join('\n')) };
    cache.set(article.file, fresh);
    return fresh;
  }

  return {
    find(candidate: DuplicateCandidate): Duplicate | null {
      const keys = new Set(candidate.urls.flatMap((u) => (u ? [urlKey(u)] : [])).filter((k): k is string => k !== null));
      const mine = shingles(candidate.paragraphs.join('\n'));
      let best: Duplicate | null = null;
      const held = new Set<string>();
      for (const summary of engine.articles()) {
        held.add(summary.file);
        if (summary.file === candidate.self) continue;
        const article = engine.article(summary.file);
        if (!article) continue;
        const e = entry(article);
        if (e.url && keys.has(e.url)) return { file: article.file, title: article.title, reason: 'url', similarity: 1 };
        const similarity = jaccard(mine, e.shingles);
        if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) {
          best = { file: article.file, title: article.title, reason: 'text', similarity };
        }
      }
      for (const file of cache.keys()) if (!held.has(file)) cache.delete(file);
      return best;
    },
  };
}

export type DuplicateFinder = ReturnType<typeof createDuplicateFinder>;
