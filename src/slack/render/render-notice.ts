import type { SlackMessage } from './slack-message.js';
import { escapeAndTruncate } from './truncate-text.js';
import { SLACK_LIMITS } from './slack-limits.js';

/**
 * A one-section message. `mrkdwn` is trusted markup written by us; `detail` is raw
 * (user or article) text and is escaped.
 */
export function renderNotice(mrkdwn: string, detail?: string): SlackMessage {
  const text =
    detail === undefined
      ? mrkdwn
      : `${mrkdwn} ${escapeAndTruncate(detail, SLACK_LIMITS.sectionText - mrkdwn.length - 1)}`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
