import type { Article, Engine } from '../engine/index.js';
import type { DigestWindow } from '../storage/digest-store.js';
import { describeStory } from './describe-story.js';
import type { Digest } from './digest-types.js';
import {
  defaultGroupingOptions,
  groupStories,
  similarityMatrix,
  type GroupingOptions,
} from './group-stories.js';
import { profileArticle } from './profile-article.js';
import { selectNewArticles } from './select-new-articles.js';

export interface BuildDigestOptions {
  /** `file@hash` of articles already posted. */
  exclude: ReadonlySet<string>;
  window: DigestWindow;
  /** Only articles this accepts (a channel's keyword filter); default every article. */
  include?: (article: Article) => boolean;
  grouping?: GroupingOptions;
}

/** The digest of every article not yet posted, grouped into stories, heaviest first. Pure. */
export function buildDigest(engine: Engine, options: BuildDigestOptions): Digest {
  const profiles = selectNewArticles(engine, options.exclude, options.include).map((article) =>
    profileArticle(engine, article),
  );
  const grouping = options.grouping ?? defaultGroupingOptions;
  const sim = similarityMatrix(profiles, grouping);
  const stories = groupStories(sim, grouping.threshold)
    .map((group) => {
      const centrality = group.map((i) =>
        group.length === 1
          ? 1
          : group.reduce((sum, j) => sum + (i === j ? 0 : sim[i]![j]!), 0) / (group.length - 1),
      );
      return describeStory(
        engine,
        group.map((i) => profiles[i]!),
        centrality,
        options.window.to,
      );
    })
    .sort((a, b) => b.weight - a.weight);
  return {
    window: options.window,
    articles: profiles.map((p) => ({ file: p.article.file, hash: p.article.hash })),
    stories,
  };
}
