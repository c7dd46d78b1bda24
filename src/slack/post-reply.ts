import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describeSlackError, type SlackFailure } from './describe-slack-error.js';
import type { SlackMessage } from './render/slack-message.js';

export interface ReplyTarget {
  channel: string;
  /** Reply in this thread when set. */
  threadTs?: string;
}

/** Outcome of a post: the message ts, or the failure (already logged). */
export type PostOutcome = { ok: true; ts: string | undefined } | { ok: false; failure: SlackFailure };

/**
 * chat.postMessage that never throws. When Slack rejects the blocks (invalid_blocks, msg_too_long)
 * it retries once with the plain-text fallback so the user still gets the answer.
 */
export async function postReply(
  client: WebClient,
  target: ReplyTarget,
  message: SlackMessage,
  logger: Logger,
): Promise<PostOutcome> {
  const base = { channel: target.channel, ...(target.threadTs ? { thread_ts: target.threadTs } : {}) };
  try {
    const result = await client.chat.postMessage({
      ...base,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    return { ok: true, ts: result.ts };
  } catch (error) {
    const failure = describeSlackError(error);
    logger.warn(`chat.postMessage to ${target.channel} failed: ${failure.code}`);
    if (failure.code !== 'invalid_blocks' && failure.code !== 'msg_too_long') return { ok: false, failure };
    try {
      const result = await client.chat.postMessage({ ...base, text: message.text, unfurl_links: false });
      return { ok: true, ts: result.ts };
    } catch (retryError) {
      const retryFailure = describeSlackError(retryError);
      logger.warn(`plain-text chat.postMessage to ${target.channel} failed: ${retryFailure.code}`);
      return { ok: false, failure: retryFailure };
    }
  }
}
