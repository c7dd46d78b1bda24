import { passageIndexOf } from '../locate-passage.js';
import { articleDate, type Article, type ArticleSummary, type Passage } from '../types.js';
import { decodeArticle, encodeArticle } from './encode-articles.js';
import { packedFrom, type PackedArticle } from './pack-articles.js';

/** What tells a held file unchanged without reading it: its content hash, size and mtime. */
export interface FileStamp {
  hash: string;
  size: number | null;
  mtimeMs: number | null;
}

/**
 * The engine's articles. Those restored from a snapshot stay packed until first used (an answer
 * cites them, the digest reads them, they change): a start-up parses no article bodies and builds
 * no passage objects, and a save writes unused ones back as the bytes they came as.
 */
export function createArticleShelf(restored: PackedArticle[]) {
  const stored = new Map(restored.map((s) => [s.file, s]));
  const live = new Map<string, Article>();

  const get = (file: string): Article | undefined => {
    const held = live.get(file);
    if (held) return held;
    const packed = stored.get(file);
    if (!packed) return undefined;
    const article = decodeArticle(packed.unpack());
    stored.delete(file);
    live.set(article.file, article);
    return article;
  };
  const summary = (a: Article | PackedArticle): ArticleSummary => ({
    file: a.file,
    title: a.title,
    source: a.source,
    date: articleDate(a),
    url: a.url,
    passageCount: 'passageCount' in a ? a.passageCount : a.passages.length,
    mtimeMs: a.mtimeMs,
  });

  return {
    get,
    has: (file: string) => live.has(file) || stored.has(file),
    /** Passages of a held article, without unpacking it. */
    passageCount: (file: string): number | undefined =>
      live.get(file)?.passages.length ?? stored.get(file)?.passageCount,
    stamp: (file: string): FileStamp | undefined => {
      const a = live.get(file) ?? stored.get(file);
      return a && { hash: a.hash, size: a.size ?? null, mtimeMs: a.mtimeMs };
    },
    set(article: Article): void {
      stored.delete(article.file);
      // Re-inserted: a replaced article goes last (the order files() and snapshots list them in).
      live.delete(article.file);
      live.set(article.file, article);
    },
    delete(file: string): void {
      stored.delete(file);
      live.delete(file);
    },
    files: (): string[] => [...stored.keys(), ...live.keys()],
    passage: (id: string): Passage | undefined => {
      const hash = id.lastIndexOf('#');
      const passages = hash < 0 ? undefined : get(id.slice(0, hash))?.passages;
      return passages?.[passageIndexOf(passages, id)];
    },
    /** Every passage id (decodes every article: for rare, corpus-wide lookups only). */
    *passageIds(): Iterable<string> {
      for (const file of [...stored.keys(), ...live.keys()])
        for (const p of get(file)?.passages ?? []) yield p.id;
    },
    summaries: (): ArticleSummary[] => [...stored.values(), ...live.values()].map(summary),
    hashes: (): Record<string, string> =>
      Object.fromEntries([...stored.values(), ...live.values()].map((a) => [a.file, a.hash])),
    /** Every article in packed form, for a snapshot. */
    packed: (): PackedArticle[] => [
      ...stored.values(),
      ...[...live.values()].map((a) => packedFrom(encodeArticle(a))),
    ],
  };
}

export type ArticleShelf = ReturnType<typeof createArticleShelf>;
