import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { WebClient, WebClientOptions } from '@slack/web-api';
import type { Engine } from '../engine/types.js';
import type { LastDigestInfo } from '../slack/render/render-home.js';
import { lastPostedRun, type DigestStore } from '../storage/digest-store.js';
import { createDigestComposer } from './compose-digest.js';
import { createDigestPoster } from './post-digest.js';
import { renderEmptyDigest } from './render-digest.js';
import { createDigestRunner, type DigestRunner } from './run-digest.js';
import { createDigestScheduler, type DigestScheduler, type Timers } from './schedule-digest.js';

/**
 * Options for the digest's own WebClient: no blind retries (a retried post whose first answer was
 * lost would post twice) and rate limits surfaced so the poster waits Retry-After itself.
 */
export const DIGEST_CLIENT_OPTIONS: WebClientOptions = { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true };

export interface StartDigestDeps {
  engine: Engine;
  store: DigestStore;
  /** Built with DIGEST_CLIENT_OPTIONS. */
  client: WebClient;
  /** DIGEST_CHANNEL; undefined turns the digest off. */
  channel: string | undefined;
  cron: string;
  timeZone: string;
  postEmpty: boolean;
  logger: Logger;
  now?: () => Date;
  timers?: Timers;
}

export interface RunningDigest {
  scheduler: DigestScheduler | null;
  runner: DigestRunner | null;
  stop(): void;
}

/** When the last digest went out, for App Home. */
export async function lastDigestInfo(store: Pick<DigestStore, 'runs'>): Promise<LastDigestInfo | null> {
  const run = lastPostedRun(await store.runs());
  return run?.postedAt ? { postedAt: run.postedAt, channel: run.channel, articleCount: run.articles.length } : null;
}

/** Starts the daily digest (catching up a missed run first), or says once why it is off. */
export async function startDigest(deps: StartDigestDeps): Promise<RunningDigest> {
  if (!deps.channel) {
    deps.logger.info('digest: DIGEST_CHANNEL is not set, so no daily digest is posted');
    return { scheduler: null, runner: null, stop: () => {} };
  }
  const now = deps.now ?? (() => new Date());
  const log = { info: (l: string) => deps.logger.info(l), warn: (l: string) => deps.logger.warn(l), error: (l: string) => deps.logger.error(l) };
  const runner = createDigestRunner({
    store: deps.store,
    poster: createDigestPoster({ client: deps.client, log }),
    channel: deps.channel,
    compose: createDigestComposer(deps.engine),
    ...(deps.postEmpty ? { emptyMessage: renderEmptyDigest } : {}),
    now,
    newId: () => `digest-${randomUUID()}`,
    log,
  });
  const scheduler = createDigestScheduler({
    cron: deps.cron,
    timeZone: deps.timeZone,
    now,
    timers: deps.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms).unref(), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    lastSlot: () => deps.store.lastSlot(),
    setLastSlot: (slot) => deps.store.setLastSlot(slot),
    run: (slot) => runner.run(slot),
    log,
  });
  await scheduler.start();
  return { scheduler, runner, stop: () => scheduler.stop() };
}
