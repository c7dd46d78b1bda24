import type { Article, Engine } from '../engine/index.js';
import { urlKey } from './normalize-url.js';

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

/**
 * Near-identical when this share of word 4-shingles is common (syndicated copies with a changed headline or
 * footer score above it).
 */
export const NEAR_DUPLICATE_JACCARD = 0.8;

const SHINGLE = 4;

/** Hashed word 4-shingles of a text (all words when shorter). */
export function shingles(text: string): Set<number> {
  const words =
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
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
 * text. Keeps each held article's shingles in an inverted index (synced with the engine by
 * content hash on every call), so a check touches only articles sharing a shingle.
 */
export function createDuplicateFinder(engine: Engine) {
  const entries = new Map<
    string,
    { hash: string; title: string; url: string | null; shingles: Set<number> }
  >();
  const postings = new Map<number, Set<string>>();

  function drop(file: string) {
    const entry = entries.get(file);
    if (!entry) return;
    for (const s of entry.shingles) {
      const files = postings.get(s);
      files?.delete(file);
      if (files?.size === 0) postings.delete(s);
    }
    entries.delete(file);
  }

  function sync(): void {
    const held = engine.hashes();
    for (const file of entries.keys()) if (held[file] !== entries.get(file)?.hash) drop(file);
    for (const [file, hash] of Object.entries(held)) {
      if (entries.has(file)) continue;
      const article: Article | undefined = engine.article(file);
      if (!article) continue;
      const entry = {
        hash,
        title: article.title,
        url: article.url ? urlKey(article.url) : null,
        shingles: shingles(article.paragraphs.map((p) => p.text).join('\n')),
      };
      entries.set(file, entry);
      for (const s of entry.shingles) {
        let files = postings.get(s);
        if (!files) postings.set(s, (files = new Set()));
        files.add(file);
      }
    }
  }

  return {
    /** The held article with exactly these bytes (sha-256 hex), if any. */
    byHash(hash: string): { file: string; title: string } | null {
      sync();
      for (const [file, entry] of entries) if (entry.hash === hash) return { file, title: entry.title };
      return null;
    },
    find(candidate: DuplicateCandidate): Duplicate | null {
      sync();
      const keys = new Set(
        candidate.urls.flatMap((u) => (u ? [urlKey(u)] : [])).filter((k): k is string => k !== null),
      );
      if (keys.size > 0) {
        for (const [file, entry] of entries) {
          if (file !== candidate.self && entry.url && keys.has(entry.url))
            return { file, title: entry.title, reason: 'url', similarity: 1 };
        }
      }
      const mine = shingles(candidate.paragraphs.join('\n'));
      const common = new Map<string, number>();
      for (const s of mine)
        for (const file of postings.get(s) ?? []) common.set(file, (common.get(file) ?? 0) + 1);
      let best: Duplicate | null = null;
      for (const [file, shared] of common) {
        const entry = entries.get(file);
        if (!entry || file === candidate.self) continue;
        const similarity = shared / (mine.size + entry.shingles.size - shared);
        if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity))
          best = { file, title: entry.title, reason: 'text', similarity };
      }
      return best;
    },
  };
}

export type DuplicateFinder = ReturnType<typeof createDuplicateFinder>;
