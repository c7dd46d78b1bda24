import type { AnyMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';

/**
 * Global middleware: an Events API delivery whose event_id was already handled (a Slack retry,
 * X-Slack-Retry-Num / Socket Mode retry_attempt) is acknowledged but never answered twice.
 * Remembers the last `capacity` ids.
 */
export function createSkipDuplicateEvents(capacity = 5000) {
  const seen = new Set<string>();
  return async function skipDuplicateEvents({ body, context, next, logger }: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      if (seen.has(eventId)) {
        logger.info(`ignoring repeat delivery of ${eventId} (retry ${String(context.retryNum ?? '?')}, ${String(context.retryReason ?? 'no reason')})`);
        return;
      }
      seen.add(eventId);
      if (seen.size > capacity) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
    }
    await next();
  };
}
