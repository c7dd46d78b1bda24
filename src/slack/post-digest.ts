import { ErrorCode, type WebClient, type WebClientOptions } from '@slack/web-api';
import type { DigestPoster, LookupOutcome, PostOutcome } from '../digest/digest-poster.js';
import type { Digest } from '../digest/digest-types.js';
import { renderDigest, renderEmptyDigest } from './render/render-digest.js';
import type { SlackMessage } from './render/slack-message.js';
import type { ThreadStore } from '../storage/thread-store.js';
import { errorMessage } from '../error-message.js';

/** Metadata event type carried by every digest message, so a post can be found again by its id. */
export const DIGEST_EVENT_TYPE = 'minerals_digest';

/**
 * Options for the digest's own WebClient: no blind retries (a retried post whose first answer was
 * lost would post twice) and rate limits surfaced so the poster waits Retry-After itself.
 */
export const DIGEST_CLIENT_OPTIONS: WebClientOptions = {
  retryConfig: { retries: 0 },
  rejectRateLimitedCalls: true,
};

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
  /** Where the digest's thread is remembered, so replies there are answered without a mention. */
  threads?: ThreadStore;
}

const INVITE_FIX: Record<string, string> = {
  not_in_channel:
    'invite the bot to the channel (/invite @minerals) or set DIGEST_CHANNEL to a channel it is in',
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
 * The Slack DigestPoster: posts digests and looks them up again. Rate limits wait Retry-After and try again;
 * an answer that leaves it unclear whether Slack posted is checked against the channel before any retry.
 */
export function createDigestPoster(deps: DigestPosterDeps): DigestPoster {
  const sleep = deps.sleep ?? defaultSleep;
  const maxWaits = deps.maxRateLimitWaits ?? 5;

  async function call<T>(
    fn: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: SlackishError }> {
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
        (m) =>
          m.metadata?.event_type === DIGEST_EVENT_TYPE &&
          (m.metadata.event_payload as Record<string, unknown> | undefined)?.digest_id === digestId,
      );
      if (hit?.ts) return { status: 'found', ts: hit.ts };
      cursor = page.value.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return { status: 'absent' };
  }

  /**
   * One chat.postMessage of a digest message, never retried here but for a rate limit (Slack refused it):
   * `posted`, `not-posted` when Slack answered and refused, `unknown` when it may have posted. Whatever
   * is unknown is checked against the channel before any retry, or not retried at all.
   */
  async function send(
    channel: string,
    message: SlackMessage,
    where: { metadata: { event_type: string; event_payload: { digest_id: string } } } | { thread_ts: string },
  ): Promise<PostOutcome> {
    const sent = await call(() =>
      deps.client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...where,
      }),
    );
    if (sent.ok) {
      return sent.value.ts
        ? { status: 'posted', ts: sent.value.ts }
        : { status: 'unknown', error: 'Slack returned no ts' };
    }
    const error = sent.error;
    if (error.code === ErrorCode.PlatformError || error.code === ErrorCode.RateLimitedError) {
      const slackError = error.data?.error ?? 'ratelimited';
      return { status: 'not-posted', error: slackError, fix: INVITE_FIX[slackError] };
    }
    return { status: 'unknown', error: describe(error) };
  }

  /** The channel's message, carrying the digest id so it can be found again. */
  const postOnce = (channel: string, message: SlackMessage, digestId: string) =>
    send(channel, message, {
      metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { digest_id: digestId } },
    });

  return {
    find,
    async post(channel, digest, digestId) {
      const message = renderForChannel(digest);
      const outcome = await postFirst(channel, message, digestId);
      if (outcome.status === 'posted') await postThread(channel, outcome.ts, message.rest, digestId);
      return outcome;
    },
  };

  async function postFirst(channel: string, message: SlackMessage, digestId: string): Promise<PostOutcome> {
    const startedAt = new Date().toISOString();
    const first = await postOnce(channel, message, digestId);
    if (first.status !== 'unknown') return first;
    deps.log?.warn(
      `digest: posting ${digestId} ended unclearly (${first.error}); checking the channel before retrying`,
    );
    const seen = await find(channel, digestId, startedAt);
    if (seen.status === 'found') return { status: 'posted', ts: seen.ts };
    if (seen.status === 'unknown') return first;
    return postOnce(channel, message, digestId);
  }

  /**
   * The stories past the first message, in its thread; the thread is remembered so replies there are
   * answered.
   */
  async function postThread(
    channel: string,
    ts: string,
    pages: SlackMessage[],
    digestId: string,
  ): Promise<void> {
    try {
      await deps.threads?.record({ channel, threadTs: ts, question: null, at: new Date().toISOString() });
    } catch (error) {
      deps.log?.warn(`digest: could not remember the thread of ${digestId}: ${errorMessage(error)}`);
    }
    for (const [i, page] of pages.entries()) {
      const sent = await send(channel, page, { thread_ts: ts });
      if (sent.status !== 'posted') {
        const reached = sent.status === 'unknown' ? 'may not have reached' : 'did not reach';
        deps.log?.error(
          `digest: ${digestId} page ${i + 2} of ${pages.length + 1} ${reached} the thread (${sent.error}); ${pages.length - i} page(s) of stories are missing from it`,
        );
        return;
      }
    }
  }
}

/**
 * The channel's message (the stories with follow-up buttons, the rest for its thread), or the one line for an
 * empty day.
 */
function renderForChannel(digest: Digest): SlackMessage & { rest: SlackMessage[] } {
  return digest.articles.length === 0
    ? { ...renderEmptyDigest(digest.window), rest: [] }
    : renderDigest(digest);
}

function describe(error: SlackishError): string {
  return error.data?.error ?? error.message ?? String(error);
}
