import type { Article, Engine } from '../engine/index.js';
import { articleKey } from '../storage/digest-store.js';

/**
 * The articles the engine holds that no posted digest covered, by file and hash
 * (`file@hash` keys in `exclude`), so an edited article counts as new again; `include` narrows them
 * (a channel's keywords).
 */
export function selectNewArticles(
  engine: Engine,
  exclude: ReadonlySet<string>,
  include: (article: Article) => boolean = () => true,
): Article[] {
  return engine
    .articles()
    .map((summary) => engine.article(summary.file))
    .filter(
      (article): article is Article =>
        article !== undefined && !exclude.has(articleKey(article)) && include(article),
    );
}
