import type { KnownBlock } from '@slack/types';
import type { ArticleSummary } from '../../engine/index.js';
import { ACTION_IDS } from '../action-ids.js';
import type { SlackMessage } from './slack-message.js';
import { renderAttribution } from './render-citation.js';
import { packLines } from './pack-lines.js';
import { pageOf, renderPager } from './render-pager.js';

/** Articles per page of `/minerals sources`: a screenful, and well under Slack's block and text limits. */
export const SOURCES_PAGE_SIZE = 25;

/**
 * One line per article: title (linked when its URL is known), source, date, file and passage count (escaped).
 */
export function renderSourceLine(article: ArticleSummary): string {
  const passages = `${article.passageCount} passage${article.passageCount === 1 ? '' : 's'}`;
  return `• ${renderAttribution(article)} · ${passages}`;
}

/**
 * `/minerals sources`: one page of the corpus, newest first, with Previous / Next buttons when
 * there is more than one page. No article is ever left out: every one is on some page.
 */
export function renderSources(
  articles: ArticleSummary[],
  page = 1,
  pageSize = SOURCES_PAGE_SIZE,
): SlackMessage {
  if (articles.length === 0) {
    const text = 'No articles are loaded yet. Add .txt or .md files to the seeds folder.';
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const shown = pageOf(articles, page, pageSize);
  const count = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  const where =
    shown.pageCount > 1
      ? ` · page ${shown.page} of ${shown.pageCount} (${shown.first + 1}–${shown.first + shown.items.length})`
      : '';
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `:books: *${count} in the corpus*, newest first${where}` },
    },
  ];
  blocks.push(...packLines(shown.items.map(renderSourceLine)));
  const pager = renderPager(
    shown,
    { previous: ACTION_IDS.sourcesPrevious, next: ACTION_IDS.sourcesNext },
    'minerals_sources_pager',
  );
  if (pager) blocks.push(pager);
  return { text: `${count} in the corpus${where}`, blocks };
}
