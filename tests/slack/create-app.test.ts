import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/engine/index.js';
import { createApp, type MineralsApp } from '../../src/slack/create-app.js';
import { createLogger } from '../../src/slack/create-logger.js';
import { createLowdbVoteStore, voteStorePath } from '../../src/storage/lowdb-vote-store.js';
import { seedEngine } from '../support/seed-engine.js';
import { BOT_USER_ID, FakeSlack } from './support/fake-slack.js';
import { FakeReceiver } from './support/fake-receiver.js';
import { eventBody } from './support/send-signed.js';

let engine: Engine;
let fake: FakeSlack;
let receiver: FakeReceiver;
let minerals: MineralsApp;
let dir: string;
const logs: string[] = [];

beforeAll(async () => {
  engine = await seedEngine();
  fake = new FakeSlack();
  await fake.start();
  dir = await mkdtemp(join(tmpdir(), 'minerals-receiver-'));
  receiver = new FakeReceiver();
  minerals = createApp({
    config: {
      slackBotToken: 'xoxb-receiver-test',
      slackSigningSecret: undefined,
      slackAppToken: undefined,
      slackApiUrl: fake.apiUrl,
    },
    engine,
    votes: await createLowdbVoteStore(voteStorePath(dir)),
    logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
    clientOptions: { retryConfig: { retries: 0 } },
    receiver,
  });
  expect(await minerals.start(0)).toEqual({ port: null });
});
afterAll(async () => {
  await minerals.stop();
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

test('a custom receiver needs no signing secret and opens no port', () => {
  expect(minerals.mode).toBe('custom');
});

test('a mention fired through the receiver is acked once and answered in its thread', async () => {
  const event = {
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@${BOT_USER_ID}> Who is the US Ambassador-designate to India?`,
    ts: '1768377600.000100',
    channel: 'C0GENERAL',
    event_ts: '1768377600.000100',
  };
  const delivery = await receiver.send(
    JSON.parse(eventBody(event, 'Ev0RECEIVER1')) as Record<string, unknown>,
  );
  expect(delivery.acks).toBe(1);
  const post = await fake.waitFor(() => fake.callsTo('chat.postMessage')[0]);
  expect(post.params).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1768377600.000100' });
  expect(JSON.stringify(post.params)).toContain('Sergio Gor');
});

test('a slash command fired through the receiver is acked once and answered through response_url', async () => {
  const body = {
    command: '/minerals',
    text: 'sources',
    user_id: 'U0ASKER',
    channel_id: 'C0GENERAL',
    team_id: 'T0TEST',
    response_url: fake.responseUrl('rc1'),
    trigger_id: '1.2.3',
  };
  const delivery = await receiver.send(body);
  expect(delivery.acks).toBe(1);
  const reply = await fake.waitFor(() => fake.responsesTo('rc1')[0]);
  expect(JSON.stringify(reply.body)).toContain(`${engine.articles().length} articles`);
});
