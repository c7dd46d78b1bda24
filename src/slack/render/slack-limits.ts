import type { KnownBlock } from '@slack/types';

/** Slack's documented Block Kit limits that our messages can reach. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  sectionText: 3000,
  contextElementText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 4000,
} as const;

/**
 * Keeps a message within the block limit: when there are too many blocks, the tail beyond the
 * limit is dropped except `keepLast` trailing blocks (the buttons), and a context block says how many were
 * left out.
 */
export function fitBlocks(
  blocks: KnownBlock[],
  max: number = SLACK_LIMITS.blocksPerMessage,
  keepLast = 0,
): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const tail = keepLast > 0 ? blocks.slice(-keepLast) : [];
  const head = blocks.slice(0, blocks.length - tail.length);
  const room = max - tail.length - 1;
  const dropped = head.length - room;
  const note: KnownBlock = {
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: `…${dropped} more block${dropped === 1 ? '' : 's'} left out to fit Slack's limits.`,
      },
    ],
  };
  return [...head.slice(0, room), note, ...tail];
}
