import type { AnyMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import { createMemoryDeliveryStore, type DeliveryStore } from '../../../storage/delivery-store.js';
import { errorMessage } from '../../../error-message.js';
import { withTimeout } from '../../../with-timeout.js';

/**
 * The key that identifies one delivery: the event id, or a slash command's trigger id (unique per
 * invocation).
 */
export function deliveryKey(body: unknown): string | null {
  const {
    event_id: eventId,
    trigger_id: triggerId,
    command,
  } = body as { event_id?: unknown; trigger_id?: unknown; command?: unknown };
  if (typeof eventId === 'string') return `event:${eventId}`;
  if (typeof command === 'string' && typeof triggerId === 'string') return `command:${triggerId}`;
  return null;
}

/** How long a claim may wait on the shared store: Slack wants the ack within 3 s. */
const CLAIM_TIMEOUT_MS = 1000;

/**
 * Global middleware: a delivery already handled (an Events API retry, X-Slack-Retry-Num / Socket
 * Mode retry_attempt, or the same slash command replayed, possibly to another instance)
 * is acknowledged but never answered twice. With Postgres the claim is shared by every instance;
 * while the database cannot be reached, this instance's own memory decides, so answers go on.
 */
export function createSkipDuplicateEvents(
  store: DeliveryStore = createMemoryDeliveryStore(),
  claimTimeoutMs = CLAIM_TIMEOUT_MS,
) {
  const fallback = createMemoryDeliveryStore();
  const claimShared = (key: string) =>
    withTimeout(store.claim(key), claimTimeoutMs, `no answer within ${claimTimeoutMs} ms`);
  return async function skipDuplicateEvents({
    body,
    context,
    next,
    logger,
    ack,
  }: AnyMiddlewareArgs & AllMiddlewareArgs & { ack?: () => Promise<void> }): Promise<void> {
    const key = deliveryKey(body);
    if (key !== null) {
      let first: boolean;
      try {
        first = await claimShared(key);
      } catch (error) {
        logger.warn(
          `delivery store unavailable (${errorMessage(error)}); de-duplicating ${key} in memory only`,
        );
        first = await fallback.claim(key);
      }
      if (!first) {
        logger.info(
          `ignoring repeat delivery of ${key.slice(key.indexOf(':') + 1)} (retry ${String(context.retryNum ?? '?')}, ${String(context.retryReason ?? 'no reason')})`,
        );
        // Commands and actions still need their ack, or Slack shows the user an error.
        await ack?.();
        return;
      }
    }
    await next();
  };
}
