import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type Logger, type Receiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { Config } from '../config.js';
import type { Engine } from '../engine/index.js';
import { createMemoryDeliveryStore, type DeliveryStore } from '../storage/delivery-store.js';
import { createMemoryThreadStore } from '../storage/lowdb-thread-store.js';
import type { ThreadStore } from '../storage/thread-store.js';
import type { VoteStore } from '../storage/vote-store.js';
import { createAskCommand } from './commands/ask-command.js';
import { createHelpCommand } from './commands/help-command.js';
import { createSourcesCommand } from './commands/sources-command.js';
import type { Subcommand } from './commands/subcommand.js';
import { pinLogger } from './create-logger.js';
import { guardSlackRequests } from './guard-slack-requests.js';
import { answerHealth, HEALTH_PATH, serveHealth, type HealthDeps } from './health.js';
import { createRateLimits, type RateLimits } from './create-rate-limits.js';
import type { AuditStore } from '../storage/audit-store.js';
import { EXAMPLE_QUESTIONS } from './example-questions.js';
import { registerListeners } from './listeners/index.js';
import type { AddOutcome } from '../corpus/add-article.js';
import type { LastDigestInfo } from '../digest/start-digest.js';
import { createEditorCheck, type EditorCheck } from './create-editor-check.js';
import type { DigestSettingsControl } from './digest-settings/digest-settings-control.js';
import type { ListenerDeps } from './listener-deps.js';

/** Path Slack posts commands, events and interactivity to in HTTP mode. */
export const EVENTS_PATH = '/slack/events';
/**
 * Largest request body read from Slack: its biggest payloads (a block action carrying a full message) stay
 * well under this.
 */
export const SLACK_BODY_LIMIT = 1024 * 1024;
export { HEALTH_PATH } from './health.js';

export interface CreateAppDeps {
  config: Pick<Config, 'slackBotToken' | 'slackSigningSecret' | 'slackAppToken' | 'slackApiUrl'>;
  engine: Engine;
  votes: VoteStore;
  /** Who may change the corpus and settings; without one, workspace admins and owners. */
  editors?: EditorCheck;
  /**
   * The audit trail (`/minerals audit`, and where changes are recorded); without one, nothing is recorded.
   */
  audit?: AuditStore;
  /** Per-user limits on questions and additions; default DEFAULT_RATE_LIMITS. */
  rateLimits?: RateLimits;
  /** Fetches a page into the corpus, for the add-link shortcut. */
  ingestUrl?: (url: string) => Promise<AddOutcome>;
  /** Digest subscriptions and schedule, for the settings modal and App Home. */
  digestSettings?: DigestSettingsControl;
  /** Threads the bot answered in; kept in memory when not given. */
  threads?: ThreadStore;
  /**
   * Extra `/minerals` subcommands (digest, add, feed...). Built-ins `ask`, `sources`, `help` come first and
   * win name clashes.
   */
  subcommands?: Subcommand[];
  logger: Logger;
  /** The slash command; `/minerals` unless the manifest names it differently. */
  command?: string;
  examples?: string[];
  /** When the last digest went out, for App Home; none by default. */
  lastDigest?: () => Promise<LastDigestInfo | null>;
  /** Web API client tuning (retries, timeouts); the base URL comes from config.slackApiUrl. */
  clientOptions?: Omit<WebClientOptions, 'slackApiUrl' | 'logger' | 'logLevel'>;
  /**
   * Extra listener registrations from other features (e.g. the digest's follow-up button):
   * each gets the app and the same deps the built-in listeners use.
   */
  listeners?: Array<(app: App, deps: ListenerDeps) => void>;
  /**
   * Resolves once the corpus has loaded (the app listens and acks before that); already loaded by default.
   */
  ready?: Promise<void>;
  /** Deliveries already answered; default: this process's memory. With Postgres, shared by every instance. */
  deliveries?: DeliveryStore;
  /**
   * Further /healthz sections (the store, the digest). A store that is down does not fail the
   * probe: the instance still answers from memory, so a load balancer should keep sending it traffic.
   */
  health?: () => Promise<Record<string, unknown>>;
  /**
   * Where Slack's payloads come from. Unset: Socket Mode when an app-level token is configured,
   * else HTTP. Tests pass a fake receiver and fire payloads through it.
   */
  receiver?: Receiver;
  /** Socket Mode tuning (tests shorten ping timeouts and turn off reconnects). */
  socketOptions?: { autoReconnectEnabled?: boolean; clientPingTimeout?: number; serverPingTimeout?: number };
}

export interface MineralsApp {
  app: App;
  /** `custom` when the receiver was passed in. */
  mode: 'http' | 'socket' | 'custom';
  /** The full subcommand list the router dispatches to. */
  subcommands: Subcommand[];
  /**
   * Verifies the bot token (auth.test), then listens on `port` (HTTP) or opens the socket and
   * serves GET /healthz on `port` (Socket Mode). Resolves to the bound port (null with a custom receiver).
   */
  start(port: number): Promise<{ port: number | null }>;
  /** Closes the HTTP server or socket; safe to call twice. */
  stop(): Promise<void>;
}

function mergeSubcommands(builtIns: Subcommand[], extra: Subcommand[], logger: Logger): Subcommand[] {
  const all = [...builtIns];
  for (const subcommand of extra) {
    if (all.some((s) => s.name.toLowerCase() === subcommand.name.toLowerCase())) {
      logger.warn(`subcommand "${subcommand.name}" is registered twice; keeping the first`);
      continue;
    }
    all.splice(all.length - 1, 0, subcommand);
  }
  return all;
}

/**
 * Builds the Bolt app: Socket Mode when an app-level token is configured, else HTTP on
 * POST /slack/events with GET /healthz. Listeners are registered in listeners/index.ts.
 */
export function createApp(deps: CreateAppDeps): MineralsApp {
  const { config } = deps;
  const logger = pinLogger(deps.logger);
  const command = deps.command ?? '/minerals';
  const examples = deps.examples ?? EXAMPLE_QUESTIONS;
  const clientOptions: WebClientOptions = {
    ...deps.clientOptions,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  };
  let subcommands: Subcommand[] = [];
  const builtIns = [
    createAskCommand({ engine: deps.engine, logger, command }),
    createSourcesCommand({ engine: deps.engine }),
    createHelpCommand({ command, examples, subcommands: () => subcommands }),
  ];
  subcommands = mergeSubcommands(builtIns, deps.subcommands ?? [], logger);

  const ready = deps.ready ?? Promise.resolve();
  let loaded = false;
  ready.then(
    () => (loaded = true),
    () => undefined,
  );

  const mode = deps.receiver ? 'custom' : config.slackAppToken ? 'socket' : 'http';
  let receiver: Receiver;
  if (deps.receiver) {
    receiver = deps.receiver;
  } else if (config.slackAppToken) {
    receiver = new SocketModeReceiver({
      appToken: config.slackAppToken,
      logger,
      installerOptions: { clientOptions },
      ...deps.socketOptions,
    });
  } else {
    if (!config.slackSigningSecret)
      throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode (see .env.example)');
    const http = new HTTPReceiver({
      signingSecret: config.slackSigningSecret,
      endpoints: EVENTS_PATH,
      bodyLimit: SLACK_BODY_LIMIT,
      logger,
      processBeforeResponse: false,
      customRoutes: [
        { path: HEALTH_PATH, method: ['GET'], handler: (_req, res) => answerHealth(health, res) },
      ],
    });
    http.requestListener = guardSlackRequests(http.requestListener, {
      signingSecret: config.slackSigningSecret,
      path: EVENTS_PATH,
      bodyLimit: SLACK_BODY_LIMIT,
      logger,
    });
    receiver = http;
  }

  const app = new App({
    token: config.slackBotToken,
    receiver,
    logger,
    clientOptions,
    deferInitialization: true,
  });
  const listenerDeps: ListenerDeps = {
    engine: deps.engine,
    votes: deps.votes,
    threads: deps.threads ?? createMemoryThreadStore(),
    logger,
    command,
    examples,
    subcommands,
    lastDigest: deps.lastDigest ?? (async () => null),
    ready: () => ready,
    editors: deps.editors ?? createEditorCheck({ editors: null, logger }),
    ...(deps.audit ? { audit: deps.audit } : {}),
    rateLimits: deps.rateLimits ?? createRateLimits(),
    ...(deps.ingestUrl ? { ingestUrl: deps.ingestUrl } : {}),
    deliveries: deps.deliveries ?? createMemoryDeliveryStore(),
    ...(deps.digestSettings ? { digestSettings: deps.digestSettings } : {}),
  };
  registerListeners(app, listenerDeps);
  for (const register of deps.listeners ?? []) register(app, listenerDeps);
  app.error(async (error) => {
    logger.error('unhandled error in a Slack listener', error);
  });

  let running = false;
  let authenticated = false;
  let socketOpen = false;
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => (socketOpen = true));
    for (const state of ['disconnected', 'reconnecting', 'connecting'])
      receiver.client.on(state, () => (socketOpen = false));
  }
  const health: HealthDeps = {
    articles: () => deps.engine.articles().length,
    loaded: () => loaded,
    slack: () => ({ mode, connected: mode === 'socket' ? socketOpen : authenticated && running }),
    ...(deps.health ? { sections: deps.health } : {}),
  };
  let healthServer: { port: number; close(): Promise<void> } | null = null;
  return {
    app,
    mode,
    subcommands,
    async start(port) {
      await app.init();
      authenticated = true;
      const started: unknown = await app.start(port);
      running = true;
      if (mode === 'custom') return { port: null };
      if (mode === 'socket') {
        try {
          healthServer = await serveHealth(health, port);
        } catch (error) {
          // A busy PORT must not leave the socket open behind a failed start.
          running = false;
          await app.stop();
          throw error;
        }
        return { port: healthServer.port };
      }
      const address = (started as Server).address() as AddressInfo | null;
      return { port: address?.port ?? port };
    },
    async stop() {
      if (!running) return;
      running = false;
      await healthServer?.close();
      healthServer = null;
      await app.stop();
    },
  };
}
