import type { Logger, RespondArguments, RespondFn } from '@slack/bolt';
import { describeSlackError } from './describe-slack-error.js';

/**
 * respond() that logs instead of throwing (an expired or unreachable response_url must not crash a listener).
 */
export async function respondSafely(
  respond: RespondFn,
  message: RespondArguments,
  logger: Logger,
): Promise<boolean> {
  try {
    await respond(message);
    return true;
  } catch (error) {
    logger.warn(`respond() via response_url failed: ${describeSlackError(error).code}`);
    return false;
  }
}
