import type { KnownBlock } from '@slack/types';
import type { Citation } from '../../engine/index.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderLink } from './render-link.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { escapeAndTruncate } from './truncate-text.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-01-13` → `13 Jan 2026`, `2026-01` → `Jan 2026`; anything else is returned as written. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/**
 * "Title · Source · 13 Jan 2026 · file.txt", escaped: names the article so a reader can find it.
 * The title links to the article's web page when its URL is known.
 */
export function renderAttribution(item: {
  title: string;
  source: string | null;
  date: string | null;
  url?: string | null;
  article?: string;
  file?: string;
}): string {
  const parts = [`*${renderLink(item.url, escapeAndTruncate(item.title || 'Untitled article', 300))}*`];
  if (item.source) parts.push(escapeAndTruncate(item.source, 120));
  if (item.date) parts.push(escapeMrkdwn(formatIsoDate(item.date)));
  const file = item.article ?? item.file;
  if (file) parts.push(`\`${escapeAndTruncate(file, 120)}\``);
  return parts.join(' · ');
}

/** Prefixes every line so Slack shows the whole passage as a quote. */
function asQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/**
 * One citation: the verbatim passage as a quote (cut at a word boundary only past Slack's limit), then its
 * article.
 */
export function renderCitation(citation: Citation, number: number): KnownBlock {
  const attribution = `— ${renderAttribution(citation)}`;
  const label = `*[${number}]*\n`;
  const room = SLACK_LIMITS.sectionText - attribution.length - label.length - 40;
  const quote = asQuote(escapeAndTruncate(citation.quote, Math.max(room, 200)));
  return { type: 'section', text: { type: 'mrkdwn', text: `${label}${quote}\n${attribution}` } };
}
