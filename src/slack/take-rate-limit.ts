import { slowDown, type RateKind } from './create-rate-limits.js';
import type { ListenerDeps } from './listener-deps.js';

/**
 * Counts one question or addition against `userId`'s limit: null when it may go ahead, else the
 * friendly notice to show them (the refusal is logged). Every surface that asks or adds (the slash
 * command, mentions and DMs, the shortcuts, the question modal) goes through here, so one limit holds.
 */
export async function takeRateLimit(
  deps: Pick<ListenerDeps, 'rateLimits' | 'logger'>,
  kind: RateKind,
  userId: string,
  /** What was attempted, for the log line (`ask`, `add`, `ask (message shortcut)`). */
  what: string,
): Promise<string | null> {
  if (!deps.rateLimits) return null;
  const taken = await deps.rateLimits.take(kind, userId);
  if (taken.ok) return null;
  deps.logger.info(`rate limit: ${userId} ${what} (next in ${taken.retryInSeconds} s)`);
  return slowDown(kind, taken.retryInSeconds);
}
