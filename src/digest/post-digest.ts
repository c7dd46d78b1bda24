import { ErrorCode, type WebClient } from '@slack/web-api';
import type { KnownBlock } from '@slack/types';

/** Metadata event type carried by every digest message, so a post can be found again by its id. */
export const DIGEST_EVENT_TYPE = 'minerals_digest';

/** What to send: fallback text plus blocks. */
export interface DigestMessage {
  text: string;
  blocks: KnownBlock[];
}

/** How one post attempt ended. `unknown`: Slack may or may not have posted it (network/HTTP failure). */
export type PostOutcome =
  | { status: 'posted'; ts: string }
  | { status: 'not-posted'; error: string; fix?: string }
  | { status: 'unknown'; error: string };

/** Whether a digest with a given id is in the channel: its ts, null when certainly absent. */
export type LookupOutcome = { status: 'found'; ts: string } | { status: 'absent' } | { status: 'unknown'; error: string };

export interface DigestPoster {
  post(channel: string, message: DigestMessage, digestId: string): Promise<PostOutcome>;
  /** Looks through the channel's messages since `oldest` (ISO) for the digest's metadata id. */
  find(channel: string, digestId: string, oldest: string): Promise<LookupOutcome>;
}

export interface DigestPosterDeps {
  /**
   * Should be built with `retryConfig: { retries: 0 }` and `rejectRateLimitedCalls: true`:
   * a blind network retry could post twice, and rate limits are waited out here.
   */
  client: WebClient;
  sleep?: (ms: number) => Promise<void>;
  log?: { warn(message: string): void; error(message: string): void };
  /** Rate-limit waits per post before giving up (default 5). */
  maxRateLimitWaits?: number;
}

const INVITE_FIX: Record<string, string> = {
  not_in_channel: 'invite the bot to the channel (/invite @minerals) or set DIGEST_CHANNEL to a channel it is in',
  channel_not_found: 'check DIGEST_CHANNEL (use the channel id, e.g. C0123456789) and invite the bot to it',
};

interface SlackishError {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  message?: string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts digests and looks them up again. Rate limits wait Retry-After and try again; an answer
 * that leaves it unclear whether Slack posted is checked against the channel before any retry.
 */
export function createDigestPoster(deps: DigestPosterDeps): DigestPoster {
  const sleep = deps.sleep ?? defaultSleep;
  const maxWaits = deps.maxRateLimitWaits ?? 5;

  async function call<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: SlackishError }> {
    for (let waits = 0; ; waits += 1) {
      try {
        return { ok: true, value: await fn() };
      } catch (raw) {
        const error = raw as SlackishError;
        if (error.code !== ErrorCode.RateLimitedError || waits >= maxWaits) return { ok: false, error };
        const seconds = error.retryAfter ?? 1;
        deps.log?.warn(`digest: Slack rate limit, waiting ${seconds}s (Retry-After) before trying again`);
        await sleep(seconds * 1000);
      }
    }
  }

  async function find(channel: string, digestId: string, oldest: string): Promise<LookupOutcome> {
    let cursor: string | undefined;
    do {
      const page = await call(() =>
        deps.client.conversations.history({
          channel,
          // A minute's slack for clock skew between this host and Slack.
          oldest: String(Date.parse(oldest) / 1000 - 60),
          include_all_metadata: true,
          limit: 200,
          cursor,
        }),
      );
      if (!page.ok) return { status: 'unknown', error: describe(page.error) };
      const hit = page.value.messages?.find(
        (m) => m.metadata?.event_type === DIGEST_EVENT_TYPE && (m.metadata.event_payload as Record<string, unknown> | undefined)?.digest_id === digestId,
      );
      if (hit?.ts) return { status: 'found', ts: hit.ts };
      cursor = page.value.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return { status: 'absent' };
  }

  async function postOnce(channel: string, message: DigestMessage, digestId: string): Promise<PostOutcome> {
    const sent = await call(() =>
      deps.client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { digest_id: digestId } },
      }),
    );
    if (sent.ok) {
      return sent.value.ts ? { status: 'posted', ts: sent.value.ts } : { status: 'unknown', error: 'Slack returned no ts' };
    }
    const error = sent.error;
    if (error.code === ErrorCode.PlatformError || error.code === ErrorCode.RateLimitedError) {
      // Slack answered and refused: nothing was posted.
      const slackError = error.data?.error ?? 'ratelimited';
      return { status: 'not-posted', error: slackError, fix: INVITE_FIX[slackError] };
    }
    return { status: 'unknown', error: describe(error) };
  }

  return {
    find,
    async post(channel, message, digestId) {
      const startedAt = new Date().toISOString();
      const first = await postOnce(channel, message, digestId);
      if (first.status !== 'unknown') return first;
      deps.log?.warn(`digest: posting ${digestId} ended unclearly (${first.error}); checking the channel before retrying`);
      const seen = await find(channel, digestId, startedAt);
      if (seen.status === 'found') return { status: 'posted', ts: seen.ts };
      if (seen.status === 'unknown') return first;
      return postOnce(channel, message, digestId);
    },
  };
}

function describe(error: SlackishError): string {
  return error.data?.error ?? error.message ?? String(error);
}
