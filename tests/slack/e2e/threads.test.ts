import { createLowdbThreadStore, threadStorePath } from '../../../src/storage/lowdb-thread-store.js';
import { BOT_ID, BOT_USER_ID, type FakeMessage } from '../support/fake-slack.js';
import { sendEvent } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { seedEngine } from '../../support/seed-engine.js';

let t: TestApp;
let eventSeq = 0;
let tsSeq = 0;

beforeAll(async () => {
  t = await startTestApp({
    engine: await seedEngine(),
    extra: async (dataDir) => ({ threads: await createLowdbThreadStore(threadStorePath(dataDir)) }),
  });
});
afterAll(() => t.close());

const nextTs = () => `1700001${String(++tsSeq).padStart(3, '0')}.000100`;
const send = (event: Record<string, unknown>) => sendEvent(t.eventsUrl, event, `Ev${++eventSeq}`);
const inThread = (channel: string, threadTs: string) =>
  (t.fake.messages.get(channel) ?? []).filter((m) => m.thread_ts === threadTs);
const questionOf = (m: FakeMessage) => JSON.stringify(m.blocks?.[0] ?? '');

async function mention(channel: string, text: string): Promise<string> {
  const ts = nextTs();
  await send({
    type: 'app_mention',
    channel,
    user: 'U0ASKER',
    text: `<@${BOT_USER_ID}> ${text}`,
    ts,
    event_ts: ts,
  });
  await t.fake.waitFor(() => inThread(channel, ts).length === 1);
  return ts;
}

function reply(channel: string, threadTs: string, text: string, extra: Record<string, unknown> = {}) {
  const ts = nextTs();
  return send({
    type: 'message',
    channel,
    channel_type: 'channel',
    user: 'U0ASKER',
    text,
    ts,
    thread_ts: threadTs,
    event_ts: ts,
    ...extra,
  });
}

test('a reply without a mention in a thread the bot answered is answered there, read with the earlier question', async () => {
  const root = await mention('C0NEWS', 'Who attended the ministerial?');
  expect(questionOf(inThread('C0NEWS', root)[0]!)).toContain('Who attended the ministerial?');

  await reply('C0NEWS', root, 'and when was it?');
  const answers = await t.fake.waitFor(
    () => inThread('C0NEWS', root).length === 2 && inThread('C0NEWS', root),
  );
  expect(questionOf(answers[1]!)).toContain('When was the ministerial?');
  const expected = (await seedEngine()).ask('When was the ministerial?');
  expect(expected.found).toBe(true);
  expect(answers[1]!.text).toContain(expected.answer.slice(0, 20));
});

test('replies are ignored in threads the bot is not in, from the bot itself, from other bots, and when they mention the bot', async () => {
  const root = await mention('C0DESK', 'Who is the US Ambassador-designate to India?');
  const stranger = nextTs();
  await reply('C0DESK', stranger, 'and when was it?');
  await reply('C0DESK', root, 'and when was it?', { user: BOT_USER_ID, bot_id: BOT_ID });
  await reply('C0DESK', root, 'who else?', { user: undefined, bot_id: 'B0OTHER', subtype: 'bot_message' });
  await reply('C0DESK', root, 'who else?', { user: 'U0OTHERBOT', bot_id: 'B0OTHER' });
  // People talking to each other in the thread are left alone.
  await reply('C0DESK', root, 'thanks, that helps');
  // Slack sends a mention as both app_mention and message: the message copy is left to app_mention.
  await reply('C0DESK', root, `<@${BOT_USER_ID}> where was it?`);
  // A last plain reply: once it is answered, every earlier event has been handled.
  await reply('C0DESK', root, 'and who hosted it?');
  await t.fake.waitFor(() => inThread('C0DESK', root).some((m) => questionOf(m).includes('hosted')));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(inThread('C0DESK', stranger)).toHaveLength(0);
  expect(inThread('C0DESK', root)).toHaveLength(2);
});
