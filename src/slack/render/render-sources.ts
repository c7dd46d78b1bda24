import type { KnownBlock } from '@slack/types';
import type { ArticleSummary } from '../../engine/index.js';
import type { SlackMessage } from './slack-message.js';
import { renderAttribution } from './render-citation.js';
import { packLines } from './pack-lines.js';
import { fitBlocks } from './slack-limits.js';

/** One line per article: title, source, date, file and passage count (escaped). */
export function renderSourceLine(article: ArticleSummary): string {
  const passages = `${article.passageCount} passage${article.passageCount === 1 ? '' : 's'}`;
  return `• ${renderAttribution(article)} · ${passages}`;
}

/** `/minerals sources`: every article in the corpus, lines packed into sections under the size limits. */
export function renderSources(articles: ArticleSummary[]): SlackMessage {
  if (articles.length === 0) {
    const text = 'No articles are loaded yet. Add .txt or .md files to the seeds folder.';
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const title = `:books: *${articles.length} article${articles.length === 1 ? '' : 's'} in the corpus*, newest first`;
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: title } }];
  blocks.push(...packLines(articles.map(renderSourceLine)));
  return { text: `${articles.length} articles in the corpus`, blocks: fitBlocks(blocks) };
}
