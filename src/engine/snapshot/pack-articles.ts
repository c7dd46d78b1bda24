import {
  jsonToBytes,
  parseJSONBytes,
  readPieces,
  writePieces,
  type SectionValue,
  type SnapshotReader,
} from './snapshot-bytes.js';
import type { StoredArticle } from './encode-articles.js';

/**
 * An article restored from a snapshot and not used since: what start-up, listings and the digest
 * ask of every article, kept apart from its body (paragraphs and passages), which stays bytes
 * until the article is first used.
 */
export interface PackedArticle {
  file: string;
  hash: string;
  size: number | null;
  mtimeMs: number | null;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  reported: string | null;
  passageCount: number;
  /** The whole stored article. */
  unpack(): StoredArticle;
  /** The body's bytes as saved, while the article is unused (written back as they came). */
  readonly body: Uint8Array | null;
}

type MetaRow = [
  file: string,
  hash: string,
  size: number | null,
  mtimeMs: number | null,
  title: string,
  source: string | null,
  url: string | null,
  published: string | null,
  reported: string | null,
  passageCount: number,
];

const META_KEYS = [
  'file',
  'hash',
  'size',
  'mtimeMs',
  'title',
  'source',
  'url',
  'published',
  'reported',
] as const;

/** A stored article (from a JSON snapshot, or one just encoded) in packed form. */
export function packedFrom(stored: StoredArticle): PackedArticle {
  return {
    file: stored.file,
    hash: stored.hash,
    size: stored.size ?? null,
    mtimeMs: stored.mtimeMs,
    title: stored.title,
    source: stored.source,
    url: stored.url,
    published: stored.published,
    reported: stored.reported,
    passageCount: stored.passages.length / 3,
    unpack: () => stored,
    body: null,
  };
}

function bodyOf(stored: StoredArticle): Record<string, unknown> {
  const body: Record<string, unknown> = { ...stored };
  for (const key of META_KEYS) delete body[key];
  return body;
}

/** Articles as snapshot sections: one row of metadata each, and their bodies as JSON bytes, end to end. */
export function writeArticleSections(articles: readonly PackedArticle[]): Record<string, SectionValue> {
  const meta: MetaRow[] = [];
  const bodies: Uint8Array[] = [];
  for (const a of articles) {
    meta.push([
      a.file,
      a.hash,
      a.size,
      a.mtimeMs,
      a.title,
      a.source,
      a.url,
      a.published,
      a.reported,
      a.passageCount,
    ]);
    bodies.push(a.body ?? jsonToBytes(bodyOf(a.unpack())));
  }
  return { 'articles.meta': { kind: 'json', value: meta }, ...writePieces('articles', bodies) };
}

/** Reads articles back without parsing their bodies; throws when the sections do not fit together. */
export function readArticleSections(snapshot: SnapshotReader): PackedArticle[] {
  const meta = snapshot.json('articles.meta') as MetaRow[];
  if (!Array.isArray(meta)) throw new Error('engine snapshot: articles do not add up');
  const bodies = readPieces(snapshot, 'articles', meta.length);
  return meta.map((row, i) => {
    const [file, hash, size, mtimeMs, title, source, url, published, reported, passageCount] = row;
    const fields = { file, hash, size, mtimeMs, title, source, url, published, reported };
    const body = bodies[i]!;
    return {
      ...fields,
      passageCount,
      // Assigned onto a fresh copy of the fields (same keys, same order as a spread, for less).
      unpack: (): StoredArticle =>
        Object.assign(
          { file, hash, size, mtimeMs, title, source, url, published, reported },
          parseJSONBytes(body) as Omit<StoredArticle, (typeof META_KEYS)[number]>,
        ),
      body,
    };
  });
}
