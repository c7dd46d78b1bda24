import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../engine/index.js';
import { urlKey } from './normalize-url.js';

export interface ArticleRemoverDeps {
  engine: Engine;
  seedsDir: string;
  /** Called after the engine changed, e.g. to schedule a snapshot save. */
  onChange?: () => void;
  /**
   * Where the article is deleted from; default its file in seedsDir. Resolves false when it was not there.
   */
  unpersist?: (file: string) => Promise<boolean>;
}

/**
 * Removes one article, named by its file (as `/minerals sources` shows it) or its web address.
 * Only articles the engine holds can be named, so no other path is ever touched.
 * Resolves to what was removed, or null when nothing matches.
 */
export function createArticleRemover(deps: ArticleRemoverDeps) {
  return async function removeArticle(reference: string): Promise<{ file: string; title: string } | null> {
    const wanted = reference.trim();
    const key = urlKey(wanted);
    const article = deps.engine
      .articles()
      .find((a) => a.file === wanted || (key !== null && a.url !== null && urlKey(a.url) === key));
    if (!article) return null;
    if (deps.unpersist) {
      await deps.unpersist(article.file);
    } else {
      await unlink(join(deps.seedsDir, article.file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    deps.engine.remove(article.file);
    deps.onChange?.();
    return { file: article.file, title: article.title };
  };
}

export type RemoveArticle = ReturnType<typeof createArticleRemover>;
