import type { SearchIndex } from './index/search-index.js';
import type { Article, Passage } from './types.js';

/** The text a passage is found by: its heading (an explainer's question) and its sentence. */
const indexedText = (passage: Passage) =>
  passage.heading ? `${passage.heading} ${passage.text}` : passage.text;

/**
 * A passage shares its article's title (searchable with its own weight); the first paragraph is the
 * lead. A title taken from the body's first sentence is already body text, so it is not a field.
 */
const titleField = (article: Article): string =>
  article.passages[0]?.text.startsWith(article.title.replace(/…$/, '')) ? '' : article.title;

/** Adds an article's passages to the index (its title field decided once for all of them). */
export function indexPassages(index: SearchIndex, article: Article): void {
  const title = titleField(article);
  for (const passage of article.passages)
    index.add(passage.id, indexedText(passage), {
      group: article.file,
      title,
      lead: passage.paragraph === 0,
    });
}

/** Takes an article's passages out of the index (given the article they were added with). */
export function unindexPassages(index: SearchIndex, article: Article): void {
  for (const passage of article.passages) index.remove(passage.id, indexedText(passage));
}
