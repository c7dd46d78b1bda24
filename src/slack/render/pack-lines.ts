import type { KnownBlock } from '@slack/types';
import { SLACK_LIMITS } from './slack-limits.js';

/**
 * mrkdwn lines packed into as few sections as Slack's per-section text limit allows, never splitting a line.
 */
export function packLines(lines: readonly string[], max: number = SLACK_LIMITS.sectionText): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let chunk = '';
  const flush = () => {
    if (chunk) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
    chunk = '';
  };
  for (const line of lines) {
    if (chunk && chunk.length + line.length + 1 > max) flush();
    chunk = chunk ? `${chunk}\n${line}` : line;
  }
  flush();
  return blocks;
}
