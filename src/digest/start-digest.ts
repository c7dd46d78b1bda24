import { randomUUID } from 'node:crypto';
import type { Engine } from '../engine/index.js';
import { lastPostedRun, type DigestStore } from '../storage/digest-store.js';
import { createDigestComposer } from './compose-digest.js';
import type { DigestLog, DigestPoster } from './digest-poster.js';
import { createDigestRunner, type DigestRunner } from './run-digest.js';
import { createDigestScheduler, type DigestScheduler, type Timers } from './schedule-digest.js';

/** What the digest reports about its last posted run, if it has run (App Home, health). */
export interface LastDigestInfo {
  /** ISO timestamp of when it was posted. */
  postedAt: string;
  /** Channel id it went to. */
  channel?: string;
  /** Articles it covered. */
  articleCount?: number;
}

export interface StartDigestDeps {
  engine: Engine;
  store: DigestStore;
  /** Where digests go out, e.g. the Slack poster (`src/slack/post-digest.ts`). */
  poster: DigestPoster;
  /** DIGEST_CHANNEL; undefined turns the digest off. */
  channel: string | undefined;
  cron: string;
  timeZone: string;
  postEmpty: boolean;
  logger: DigestLog;
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
    poster: deps.poster,
    channel: deps.channel,
    compose: createDigestComposer(deps.engine),
    postEmpty: deps.postEmpty,
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
