import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describeSlackError } from './describe-slack-error.js';

/**
 * Tells one user something only they should see: an ephemeral message in `channel`, else a direct message.
 * Failures are logged, never thrown.
 */
export async function tellUser(
  client: WebClient,
  channel: string,
  userId: string,
  text: string,
  logger: Logger,
): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel, user: userId, text });
    return;
  } catch {
    logger.debug('ephemeral notice failed; trying a direct message');
  }
  try {
    await client.chat.postMessage({ channel: userId, text });
  } catch (error) {
    logger.warn(`could not tell ${userId} privately: ${describeSlackError(error).code}`);
  }
}
