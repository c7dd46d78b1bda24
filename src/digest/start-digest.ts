import { randomUUID } from 'node:crypto';
import type { Engine } from '../engine/index.js';
import type {
  DigestSchedule,
  DigestSettings,
  DigestSettingsStore,
} from '../storage/digest-settings-store.js';
import { lastPostedRun, type DigestRun, type DigestStore } from '../storage/digest-store.js';
import type { DigestLog, DigestPoster } from './digest-poster.js';
import { createSubscriptionRunner, type SubscriptionRunner } from './run-subscriptions.js';
import {
  createDigestScheduler,
  parseSchedule,
  type DigestScheduler,
  type Timers,
} from './schedule-digest.js';

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
  /** Subscribed channels and the schedule, already initialised from the environment's defaults. */
  settings: DigestSettingsStore;
  /** Where digests go out, e.g. the Slack poster (`src/slack/post-digest.ts`). */
  poster: DigestPoster;
  postEmpty: boolean;
  logger: DigestLog;
  now?: () => Date;
  timers?: Timers;
}

export interface RunningDigest {
  /** The scheduler for the current schedule. */
  scheduler(): DigestScheduler;
  runner: SubscriptionRunner;
  /** Re-reads the schedule after it changed: the next run follows it, and the change alone runs nothing. */
  reschedule(): Promise<void>;
  stop(): void;
}

/**
 * What a fresh install starts with: DIGEST_CHANNEL (if set) gets every story, at DIGEST_CRON in DIGEST_TZ.
 */
export function defaultDigestSettings(
  env: { channel: string | undefined; cron: string; timeZone: string },
  now: Date,
): DigestSettings {
  return {
    subscriptions: env.channel
      ? [{ channel: env.channel, keywords: [], by: null, since: now.toISOString() }]
      : [],
    schedule: { cron: env.cron, timeZone: env.timeZone },
  };
}

/** When the last digest went out, for App Home. */
export async function lastDigestInfo(store: Pick<DigestStore, 'runs'>): Promise<LastDigestInfo | null> {
  const run = lastPostedRun(await store.runs());
  return run?.postedAt
    ? { postedAt: run.postedAt, channel: run.channel, articleCount: run.articles.length }
    : null;
}

/** The digest's part of /healthz: whether it is on, its last run (whatever became of it) and the next. */
export interface DigestHealth {
  enabled: boolean;
  lastRun: { id: string; status: DigestRun['status']; at: string; articles: number; error?: string } | null;
  lastPosted: string | null;
  nextRun: string | null;
}

export async function digestHealth(
  store: Pick<DigestStore, 'runs'>,
  running: Pick<RunningDigest, 'scheduler'> | null,
): Promise<DigestHealth> {
  const runs = await store.runs();
  const last = runs.reduce<DigestRun | undefined>(
    (latest, run) => (!latest || run.createdAt > latest.createdAt ? run : latest),
    undefined,
  );
  return {
    enabled: running !== null,
    lastRun: last
      ? {
          id: last.id,
          status: last.status,
          at: last.postedAt ?? last.createdAt,
          articles: last.articles.length,
          ...(last.error ? { error: last.error } : {}),
        }
      : null,
    lastPosted: lastPostedRun(runs)?.postedAt ?? null,
    nextRun: running?.scheduler().nextRun()?.toISOString() ?? null,
  };
}

/**
 * Starts the digest on the stored schedule (catching up a missed run first). Every run posts to
 * each subscribed channel as the settings stand at that moment.
 */
export async function startDigest(deps: StartDigestDeps): Promise<RunningDigest> {
  const now = deps.now ?? (() => new Date());
  const log = {
    info: (l: string) => deps.logger.info(l),
    warn: (l: string) => deps.logger.warn(l),
    error: (l: string) => deps.logger.error(l),
  };
  const timers = deps.timers ?? {
    setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  };
  const runner = createSubscriptionRunner({
    engine: deps.engine,
    store: deps.store,
    poster: deps.poster,
    subscriptions: async () => (await deps.settings.get()).subscriptions,
    postEmpty: deps.postEmpty,
    now,
    newId: () => `digest-${randomUUID()}`,
    log,
  });
  const schedulerFor = (schedule: DigestSchedule) =>
    createDigestScheduler({
      cron: schedule.cron,
      timeZone: schedule.timeZone,
      now,
      timers,
      lastSlot: () => deps.store.lastSlot(),
      setLastSlot: (slot) => deps.store.setLastSlot(slot),
      run: (slot) => runner.run(slot),
      log,
    });
  const { schedule, subscriptions } = await deps.settings.get();
  if (subscriptions.length === 0)
    log.info('digest: no channel is subscribed yet; /minerals digest here subscribes one');
  let scheduler = schedulerFor(schedule);
  await scheduler.start();
  return {
    scheduler: () => scheduler,
    runner,
    async reschedule() {
      scheduler.stop();
      const { schedule } = await deps.settings.get();
      // The slot the new schedule last passed counts as handled: changing the time posts nothing by itself.
      const previous = parseSchedule(schedule.cron, schedule.timeZone)
        .previousRuns(1, new Date(now().getTime() + 1))[0]
        ?.toISOString();
      const last = await deps.store.lastSlot();
      if (previous && (!last || previous > last)) await deps.store.setLastSlot(previous);
      scheduler = schedulerFor(schedule);
      await scheduler.start();
    },
    stop: () => scheduler.stop(),
  };
}
