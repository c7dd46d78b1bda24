import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import dotenv from 'dotenv';
import type { Logger } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadCorpus } from './corpus/load-corpus.js';
import { watchSeedEvents, type SeedEvents } from './corpus/watch-seed-events.js';
import { startLiveCorpus, type LiveCorpus } from './corpus/start-live-corpus.js';
import { persistToStore, startSharedCorpus } from './corpus/start-shared-corpus.js';
import { createLateEngine } from './engine/index.js';
import { followSchedule } from './digest/follow-schedule.js';
import {
  defaultDigestSettings,
  digestHealth,
  lastDigestInfo,
  startDigest,
  type RunningDigest,
} from './digest/start-digest.js';
import { createAddCommand } from './slack/commands/add-command.js';
import { createAuditCommand } from './slack/commands/audit-command.js';
import { createRemoveCommand } from './slack/commands/remove-command.js';
import { createDigestCommand } from './slack/commands/digest-command.js';
import { createDigestSubscriptionCommands } from './slack/commands/digest-subscription-commands.js';
import type { DigestSettingsControl } from './slack/digest-settings/digest-settings-control.js';
import { createFeedCommands } from './slack/commands/feed-command.js';
import { createApp, type MineralsApp } from './slack/create-app.js';
import { createEditorCheck } from './slack/create-editor-check.js';
import type { Subcommand } from './slack/commands/subcommand.js';
import { createLogger, redactSecrets } from './slack/create-logger.js';
import { describeSlackError } from './slack/describe-slack-error.js';
import { createDigestPoster, DIGEST_CLIENT_OPTIONS } from './slack/post-digest.js';
import { SlackUnreachableError, waitForSlack, type WaitForSlackOptions } from './slack/wait-for-slack.js';
import { lockDataDir, DataLockError } from './storage/lock-data-dir.js';
import { openStores, type Stores } from './storage/open-stores.js';
import { errorMessage } from './error-message.js';

/** A started app: where it listens and how to stop it. */
export interface RunningMinerals {
  mode: MineralsApp['mode'];
  /** Bound port: Slack's events and /healthz in HTTP mode, /healthz alone in Socket Mode. */
  port: number | null;
  logger: Logger;
  stop(): Promise<void>;
}

/** Start-up tuning; tests shorten the wait for Slack. */
export interface StartOptions {
  /** How hard to try reaching Slack before giving up (default: 5 tries over about 15 s). */
  slack?: Pick<WaitForSlackOptions, 'attempts' | 'delayMs'>;
}

/** The app's logger as LOG_LEVEL and LOG_FORMAT ask, hiding the Slack tokens. */
function loggerFor(config: Config): Logger {
  return createLogger({
    level: config.logLevel,
    ...(config.logFormat === 'auto' ? {} : { format: config.logFormat }),
    secrets: [config.slackBotToken, config.slackSigningSecret, config.slackAppToken],
  });
}

/**
 * Composition root: opens the stores, builds the Slack app with every feature's subcommands and
 * starts listening, then loads the corpus (health checks and acks are served meanwhile; questions
 * asked during the load are answered when it ends), then starts the watcher, feeds and digest.
 * Resolves once everything runs. Features add their Subcommand objects and background jobs here.
 */
export async function startMinerals(
  config: Config,
  logger?: Logger,
  options: StartOptions = {},
): Promise<RunningMinerals> {
  const log = logger ?? loggerFor(config);
  const info = (line: string) => log.info(line);
  // DATABASE_URL: every store is shared in Postgres (migrated here); else lowdb files in DATA_DIR.
  // One process per data folder (lowdb files are not shared safely); Postgres is made for several.
  const releaseLock = config.databaseUrl ? async () => undefined : await lockDataDir(config.dataDir);
  const opened = await openStores({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    log: info,
  }).catch(async (error: unknown) => {
    await releaseLock();
    throw error;
  });
  const stores: Stores = {
    ...opened,
    close: async () => {
      await opened.close();
      await releaseLock();
    },
  };
  const votes = stores.votes;
  const digestStore = stores.digest;
  const threads = stores.threads;
  const digestSettings = stores.digestSettings;
  await digestSettings.initialize(
    defaultDigestSettings(
      { channel: config.digestChannel, cron: config.digestCron, timeZone: config.digestTimeZone },
      new Date(),
    ),
  );
  // The digest starts once the corpus is in; a schedule saved before then is read when it starts.
  let digest: RunningDigest | null = null;
  const digestControl: DigestSettingsControl = {
    store: digestSettings,
    scheduleChanged: async () => digest?.reschedule(),
  };
  const editors = createEditorCheck({ editors: config.editors, logger: log });
  const late = createLateEngine();
  const engine = late.engine;
  // Listeners run features only after `ready` (they wait on it), by which time the live corpus exists.
  let live: LiveCorpus | null = null;
  let shared: Awaited<ReturnType<typeof startSharedCorpus>> | null = null;
  const liveCorpus = () => live!;
  const ingestUrl = (url: string, options?: { addedBy?: string }) => liveCorpus().ingestUrl(url, options);

  const subcommands: Subcommand[] = [
    // Feature subcommands (`digest`, `add`, `feed ...`) are registered here.
    createDigestCommand({ engine, store: digestStore, settings: digestSettings }),
    ...createDigestSubscriptionCommands({
      control: digestControl,
      editors,
      audit: stores.audit,
      logger: log,
    }),
    createAddCommand({ ingestUrl, logger: log, audit: stores.audit }),
    createRemoveCommand({
      removeArticle: (reference) => liveCorpus().removeArticle(reference),
      audit: stores.audit,
      logger: log,
    }),
    createAuditCommand({ audit: stores.audit }),
    ...createFeedCommands({
      store: stores.feeds,
      fetchFeed: (url) => liveCorpus().fetchFeed(url),
      pollFeed: (feed, prefetched) => liveCorpus().poller.pollFeed(feed, prefetched),
      intervalMinutes: config.feedPollMinutes,
      logger: log,
      audit: stores.audit,
    }),
  ];

  const minerals = createApp({
    config,
    engine,
    ready: late.ready,
    votes,
    threads,
    ingestUrl,
    editors,
    audit: stores.audit,
    digestSettings: digestControl,
    subcommands,
    logger: log,
    lastDigest: () => lastDigestInfo(digestStore),
    deliveries: stores.deliveries,
    health: async () => ({
      store: {
        ...(await stores.health()),
        ...(shared ? { articleFeed: shared.state(), articleVersion: shared.version() } : {}),
      },
      // With Postgres the digest's history is in the database: while it is away, say so and still report the
      // store.
      digest: await digestHealth(digestStore, digest).catch((error: unknown) => ({
        ok: false,
        error: errorMessage(error),
      })),
    }),
  });
  // Clients of main's own (the app has its own): the bot token, this logger, SLACK_API_URL when set.
  const slackClient = (options: WebClientOptions) =>
    new WebClient(config.slackBotToken, {
      ...options,
      logger: log,
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    });
  let port: number | null;
  let seedEvents: SeedEvents | null = null;
  try {
    // Bounded: without Slack, start-up ends with one line instead of retrying forever.
    const probe = slackClient({ retryConfig: { retries: 0 } });
    await waitForSlack(probe, { ...options.slack, log });
    ({ port } = await minerals.start(config.port));
    log.info(
      minerals.mode === 'http'
        ? `listening on port ${port}: POST /slack/events, GET /healthz (loading the corpus)`
        : `connected to Slack over Socket Mode; GET /healthz on port ${port} (loading the corpus)`,
    );
    // With a shared store, the snapshot's articles that seeds/ lacks are the store's: its follower settles them.
    const keepUnlisted = stores.articles !== null;
    // Watched before loadCorpus lists seeds/, so the watcher can start from that listing (no second stat pass).
    seedEvents = watchSeedEvents(config.seedsDir, info);
    const loaded = await loadCorpus({
      seedsDir: config.seedsDir,
      dataDir: config.dataDir,
      keepUnlisted,
      log: info,
    });
    log.info(`corpus: ${loaded.engine.articles().length} articles (${loaded.origin})`);
    live = await startLiveCorpus({
      engine: loaded.engine,
      seedsDir: config.seedsDir,
      dataDir: config.dataDir,
      feedPollMinutes: config.feedPollMinutes,
      allowPrivateUrls: config.allowPrivateUrls,
      log: info,
      feedStore: stores.feeds,
      keepUnlisted,
      seedsStarted: { events: seedEvents, listed: loaded.listed },
      ...(stores.articles
        ? {
            persist: persistToStore(stores.articles),
            unpersist: (file: string) => stores.articles!.remove(file),
            exclusivePoll: (task) => stores.once('feedPoll', task),
          }
        : {}),
    });
    shared = stores.articles
      ? await startSharedCorpus({
          engine: loaded.engine,
          store: stores.articles,
          seedsDir: config.seedsDir,
          onChange: live.requestSave,
          onSeedsChanged: live.onSeedsChanged,
          listed: live.seedsListed,
          log: info,
        })
      : null;
    late.settle(loaded.engine);
    // Questions that waited on the load are answered first (they resume on settle); the warm-up follows.
    setImmediate(() => loaded.engine.warmUp());
  } catch (error) {
    // Questions waiting on the load go with the app; the watcher, feed poller and stores must not outlive it.
    late.fail(error as Error);
    await minerals.stop();
    await shared?.stop();
    await live?.stop();
    seedEvents?.close();
    await stores.close();
    throw error;
  }
  // Its own client: no blind retries, so a lost response can never turn into a second post.
  const digestClient = slackClient(DIGEST_CLIENT_OPTIONS);
  const running = await startDigest({
    engine,
    store: digestStore,
    settings: digestSettings,
    poster: createDigestPoster({ client: digestClient, log, threads }),
    postEmpty: config.digestPostEmpty,
    logger: log,
  });
  digest = running;
  // Another instance may change the shared schedule; a lone lowdb instance changes only its own.
  const scheduleFollower =
    stores.kind === 'postgres'
      ? await followSchedule({ settings: digestSettings, reschedule: () => running.reschedule(), log: info })
      : null;
  log.info('ready: corpus loaded, watcher, feeds and digest running');
  return {
    mode: minerals.mode,
    port,
    logger: log,
    stop: async () => {
      scheduleFollower?.stop();
      running.stop();
      await minerals.stop();
      await shared?.stop();
      await liveCorpus().stop();
      await stores.close();
    },
  };
}

const REJECTED_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/** One line (never a token) explaining why start-up failed. */
export function describeStartupError(error: unknown): string {
  if (
    error instanceof ConfigError ||
    error instanceof SlackUnreachableError ||
    error instanceof DataLockError
  )
    return redactSecrets(error.message, []);
  const { code } = describeSlackError(error);
  if (REJECTED_TOKEN.has(code))
    return `Slack rejected the tokens (${code}): copy SLACK_BOT_TOKEN / SLACK_APP_TOKEN again (see .env.example)`;
  const message = errorMessage(error);
  return redactSecrets(`could not start: ${message.split('\n')[0]}`, []);
}

function failStartup(error: unknown): never {
  process.stderr.write(`minerals: ${describeStartupError(error)}\n`);
  process.exit(1);
}

async function runFromCommandLine(): Promise<void> {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    failStartup(error);
  }
  const logger = loggerFor(config);
  // A stray rejection in a listener is logged; the app keeps serving.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', reason));
  const starting = startMinerals(config, logger);
  // Signals are handled from the start: the app already listens while the corpus loads.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, stopping`);
    setTimeout(() => process.exit(1), 10_000).unref();
    starting
      .then((running) => running.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('stop failed', error);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  try {
    await starting;
  } catch (error) {
    failStartup(error);
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) void runFromCommandLine();
