import { access, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DuplicateFinder } from './find-duplicate.js';
import { IngestError } from './ingest-error.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { articleDate, hashArticle, isText, type ArticleSummary, type Engine } from '../engine/index.js';
import { errorMessage } from '../error-message.js';

/** An article that was stored in seeds/ and indexed. */
export interface Added extends Omit<ArticleSummary, 'mtimeMs' | 'url'> {
  status: 'added';
}

/** The article was already held; nothing was stored. */
export interface AlreadyHave {
  status: 'duplicate';
  /** The article already held. */
  file: string;
  title: string;
  reason: 'url' | 'text';
}

export type AddOutcome = Added | AlreadyHave;

/** A prepared article file, not yet in seeds/. */
export interface ArticleInput {
  /** Preferred file name in seeds/ (.txt or .md); a hash suffix is added if it is taken. */
  name: string;
  bytes: Uint8Array;
  /** URLs the article is known by (requested, final, canonical), for the duplicate check. */
  urls?: string[];
  /** Who asked for it: a Slack user id, `feed:<url>` or `cli`; kept with the article in Postgres. */
  addedBy?: string;
}

/** Where an accepted article is kept: seeds/ by default, the shared article store with DATABASE_URL. */
export type PersistArticle = (article: {
  name: string;
  bytes: Uint8Array;
  hash: string;
  title: string;
  url: string | null;
  addedBy: string | null;
}) => Promise<void>;

export interface ArticleAdderDeps {
  engine: Engine;
  seedsDir: string;
  duplicates: DuplicateFinder;
  /** Called after the engine changed, e.g. to schedule a snapshot save. */
  onChange?: () => void;
  /** Default: an exclusive atomic write into seedsDir. */
  persist?: PersistArticle;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Adds one article: refuses non-text, indexes it, refuses duplicates (same URL or
 * near-identical text), then writes it into seeds/ atomically. On any refusal the engine
 * and seeds/ are left as they were.
 */
export function createArticleAdder(deps: ArticleAdderDeps) {
  const { engine, seedsDir, duplicates } = deps;
  const persist: PersistArticle =
    deps.persist ??
    (async (article) => {
      await writeFileAtomic(join(seedsDir, article.name), article.bytes, { exclusive: true });
      // The file's own mtime, so the next start-up sees it unchanged without reading it.
      const held = engine.article(article.name);
      if (held) held.mtimeMs = (await stat(join(seedsDir, article.name))).mtimeMs;
    });

  async function chooseName(preferred: string, hash: string): Promise<string> {
    const ext = extname(preferred);
    const base = preferred.slice(0, preferred.length - ext.length);
    for (const name of [
      preferred,
      `${base}_${hash.slice(0, 8)}${ext}`,
      `${base}_${hash.slice(0, 16)}${ext}`,
    ]) {
      if (!engine.article(name) && !(await exists(join(seedsDir, name)))) return name;
    }
    throw new IngestError(`a different file named ${preferred} is already in the corpus`, 'write_failed');
  }

  return {
    async add(input: ArticleInput): Promise<AddOutcome> {
      if (!isText(input.bytes)) throw new IngestError(`${input.name} is not a UTF-8 text file`, 'not_text');
      const hash = hashArticle(input.bytes);
      const same = duplicates.byHash(hash);
      if (same) return { status: 'duplicate', file: same.file, title: same.title, reason: 'text' };
      const name = await chooseName(input.name, hash);
      // Everything from here to the duplicate verdict is synchronous, so no other add can interleave.
      const result = engine.upsert({ name, bytes: input.bytes, mtimeMs: Date.now() });
      const article = result.article;
      if (!article || article.passages.length === 0) {
        engine.remove(name);
        const why = result.warnings.map((w) => w.message).join('; ');
        throw new IngestError(`${input.name} has no article text${why ? ` (${why})` : ''}`, 'no_text');
      }
      const duplicate = duplicates.find({
        urls: [...(input.urls ?? []), article.url],
        paragraphs: article.paragraphs.map((p) => p.text),
        self: name,
      });
      if (duplicate) {
        engine.remove(name);
        return {
          status: 'duplicate',
          file: duplicate.file,
          title: duplicate.title,
          reason: duplicate.reason,
        };
      }
      try {
        await persist({
          name,
          bytes: input.bytes,
          hash,
          title: article.title,
          url: article.url,
          addedBy: input.addedBy ?? null,
        });
      } catch (error) {
        engine.remove(name);
        throw new IngestError(`could not store ${name}: ${errorMessage(error)}`, 'write_failed');
      }
      deps.onChange?.();
      return {
        status: 'added',
        file: name,
        title: article.title,
        source: article.source,
        date: articleDate(article),
        passageCount: article.passages.length,
      };
    },
  };
}

export type ArticleAdder = ReturnType<typeof createArticleAdder>;
