import type { ReutersStory } from '../bench/data/read-reuters.js';
import { formatArticleFile } from '../corpus/format-article-file.js';

/** The Reuters-21578 stories the measurement scripts use as articles: titled, 40 words or more. */
export function articleLikeStories(stories: readonly ReutersStory[]): ReutersStory[] {
  return stories.filter((s) => s.title && s.body.split(/\s+/).length >= 40);
}

/** One Reuters story as an article file's text: its indented paragraphs under the article header. */
export function formatReutersArticle(story: ReutersStory, published: string | null): string {
  const paragraphs = story.body
    .split(/\n\s{2,}|\n(?=\s{3,})/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return formatArticleFile(
    { title: story.title, source: 'Reuters', url: null, author: null, published },
    paragraphs,
  );
}
