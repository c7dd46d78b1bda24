import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../../src/engine/index.js';
import type { Subcommand } from '../../../src/slack/commands/subcommand.js';
import {
  createApp,
  EVENTS_PATH,
  type CreateAppDeps,
  type MineralsApp,
} from '../../../src/slack/create-app.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import { createLowdbVoteStore, voteStorePath } from '../../../src/storage/lowdb-vote-store.js';
import type { VoteStore } from '../../../src/storage/vote-store.js';
import { FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './send-signed.js';

export const BOT_TOKEN = 'xoxb-test-bot-token-000';
export const APP_TOKEN = 'xapp-test-app-token-000';

export interface TestApp {
  fake: FakeSlack;
  minerals: MineralsApp;
  votes: VoteStore;
  dataDir: string;
  /** Base URL of the app (HTTP mode). */
  baseUrl: string;
  eventsUrl: string;
  logs: string[];
  close(): Promise<void>;
}

/** The real Bolt app on a free loopback port (or Socket Mode), talking to a FakeSlack. */
export async function startTestApp(options: {
  engine: Engine;
  subcommands?: Subcommand[];
  socketMode?: boolean;
  listeners?: CreateAppDeps['listeners'];
  /** The corpus load the app waits on before answering (loaded by default). */
  ready?: Promise<void>;
  /** Further createApp deps (stores, editor check, ingest), as the composition root passes them. */
  extra?: (dataDir: string) => Promise<Partial<CreateAppDeps>>;
}): Promise<TestApp> {
  const fake = new FakeSlack();
  await fake.start();
  const dataDir = await mkdtemp(join(tmpdir(), 'minerals-slack-'));
  const votes = await createLowdbVoteStore(voteStorePath(dataDir));
  const logs: string[] = [];
  const logger = createLogger({
    level: 'debug',
    secrets: [BOT_TOKEN, SIGNING_SECRET, APP_TOKEN],
    write: (line) => logs.push(line),
  });
  const minerals = createApp({
    config: {
      slackBotToken: BOT_TOKEN,
      slackSigningSecret: SIGNING_SECRET,
      slackAppToken: options.socketMode ? APP_TOKEN : undefined,
      slackApiUrl: fake.apiUrl,
    },
    engine: options.engine,
    votes,
    logger,
    subcommands: options.subcommands ?? [],
    ...(options.listeners ? { listeners: options.listeners } : {}),
    ...(options.ready ? { ready: options.ready } : {}),
    // Fail fast in tests; production keeps the SDK's retry policy.
    clientOptions: { retryConfig: { retries: 0 } },
    socketOptions: { autoReconnectEnabled: false },
    ...(options.extra ? await options.extra(dataDir) : {}),
  });
  const { port } = await minerals.start(0);
  const baseUrl = `http://127.0.0.1:${port ?? 0}`;
  return {
    fake,
    minerals,
    votes,
    dataDir,
    baseUrl,
    eventsUrl: `${baseUrl}${EVENTS_PATH}`,
    logs,
    async close() {
      // Server-initiated close first: the Socket Mode client's own close handshake can leave a 30 s timer
      // behind.
      if (options.socketMode) await fake.closeSockets();
      await minerals.stop();
      await fake.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
