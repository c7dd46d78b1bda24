import type { KnownBlock } from '@slack/types';

/** A message ready for chat.postMessage or respond(): Block Kit plus the plain-text fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}
