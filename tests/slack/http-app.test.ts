import { readFile } from 'node:fs/promises';
import type { BlockButtonAction } from '@slack/bolt';
import { join } from 'node:path';
import type { Answer, Engine } from '../../src/engine/index.js';
import { ACTION_IDS } from '../../src/slack/action-ids.js';
import { SLACK_MAX_CITATIONS } from '../../src/slack/ask-engine.js';
import type { Subcommand } from '../../src/slack/commands/subcommand.js';
import { EXAMPLE_QUESTIONS } from '../../src/slack/example-questions.js';
import { escapeMrkdwn } from '../../src/slack/render/escape-mrkdwn.js';
import { BOT_USER_ID } from './support/fake-slack.js';
import { seedEngine } from '../support/seed-engine.js';
import {
  sendButton,
  sendEvent,
  sendSigned,
  sendSlashCommand,
  slashCommandBody,
} from './support/send-signed.js';
import { BOT_TOKEN, startTestApp, type TestApp } from './support/start-test-app.js';

let engine: Engine;
let t: TestApp;
let responseSeq = 0;
const pings: Array<{ args: string; userId: string }> = [];

const ping: Subcommand = {
  name: 'ping',
  usage: 'ping <anything>',
  description: 'Test subcommand registered from outside.',
  async run(ctx) {
    pings.push({ args: ctx.args, userId: ctx.userId });
    await ctx.respond({ text: `pong ${escapeMrkdwn(ctx.args)}` });
  },
};
const broken: Subcommand = {
  name: 'broken',
  usage: 'broken',
  description: 'Always fails.',
  run: async () => Promise.reject(new Error('boom')),
};

beforeAll(async () => {
  engine = await seedEngine();
  t = await startTestApp({
    engine,
    subcommands: [ping, broken],
    // Another feature's listener, registered through createApp's hook with the shared deps.
    listeners: [
      (app, deps) =>
        app.action<BlockButtonAction>('test_feature_button', async ({ ack, respond }) => {
          await ack();
          await respond({
            text: `feature saw ${deps.engine.articles().length} articles via ${deps.command}`,
          });
        }),
    ],
  });
});
afterAll(async () => {
  await t.close();
});

function nextResponseUrl(): { id: string; url: string } {
  const id = `r${++responseSeq}`;
  return { id, url: t.fake.responseUrl(id) };
}

/** Text Slack would display or parse, button values excluded. */
function visible(body: unknown): string {
  return JSON.stringify(body, (key, value: unknown) => (key === 'value' ? undefined : value));
}

function actionIdsOf(body: { blocks?: unknown }): string[] {
  const blocks = (body.blocks ?? []) as Array<{ type: string; elements?: Array<{ action_id?: string }> }>;
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? ''));
}

async function askCommand(text: string, extra: { userId?: string; channelId?: string } = {}) {
  const { id, url } = nextResponseUrl();
  const ack = await sendSlashCommand(t.eventsUrl, { text, responseUrl: url, ...extra });
  const reply = await t.fake.waitFor(() => t.fake.responsesTo(id)[0]);
  return { ack, reply: reply.body, id };
}

/** The start of `text` as it appears inside visible(): escaped for mrkdwn, then JSON-encoded. */
function snippet(text: string, length = 40): string {
  return JSON.stringify(escapeMrkdwn(text)).slice(1, -1).slice(0, length);
}

function quotesIn(text: string): string[] {
  return [...text.matchAll(/\\n>([^\\]*)/g)].map((m) => m[1] ?? '');
}

test('GET /healthz answers 200 with the index loaded and Slack connected (auth.test passed)', async () => {
  const res = await fetch(`${t.baseUrl}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({
    ok: true,
    articles: engine.articles().length,
    index: { loaded: true, articles: engine.articles().length },
    slack: { mode: 'http', connected: true },
  });
});

test('/minerals ask: acked at once, then the answer with verbatim, attributed citations via response_url', async () => {
  const question = EXAMPLE_QUESTIONS[0] ?? '';
  const expected = engine.ask(question, { maxCitations: SLACK_MAX_CITATIONS });
  const { ack, reply } = await askCommand(`ask ${question}`);
  expect(ack.status).toBe(200);
  expect(ack.body).toBe('');
  expect(ack.ms).toBeLessThan(3000);
  expect(reply.response_type).toBe('ephemeral');
  expect(typeof reply.text).toBe('string');
  expect(expected.found).toBe(true);
  const shown = visible(reply.blocks);
  // A typed answer is shown value by value (grouped by kind); otherwise as one text, event by event when
  // split.
  const facts = expected.groups?.flatMap((g) => g.facts ?? []) ?? expected.facts ?? [];
  for (const fact of facts) expect(shown).toContain(`${snippet(fact.value)} [${fact.refs.join(', ')}]`);
  if (facts.length === 0)
    for (const part of expected.groups?.map((g) => g.answer) ?? [expected.answer])
      expect(shown).toContain(snippet(part, 40));
  const texts = await Promise.all(expected.citations.map((c) => readFile(join('seeds', c.article), 'utf8')));
  expected.citations.forEach((citation, i) => {
    expect(texts[i]?.slice(citation.start, citation.end)).toBe(citation.quote);
    expect(shown).toContain(snippet(citation.quote, 40));
    expect(shown).toContain(snippet(citation.title, 200));
  });
  expect(quotesIn(shown).length).toBeGreaterThanOrEqual(expected.citations.length);
  const ids = actionIdsOf(reply);
  expect(ids).toEqual(
    expect.arrayContaining([ACTION_IDS.voteHelpful, ACTION_IDS.voteNotHelpful, ACTION_IDS.share]),
  );
  expect(ids.includes(ACTION_IDS.moreSources)).toBe(expected.more.length > 0);
});

test('a question holding <!channel> or <@U123> is rendered escaped', async () => {
  const { reply } = await askCommand('ask Did <!channel> and <@U123> attend the ministerial?');
  const shown = visible(reply.blocks) + String(reply.text);
  expect(shown).not.toContain('<!channel>');
  expect(shown).not.toContain('<@U123>');
  expect(shown).toContain('&lt;!channel&gt;');
});

test('a bare /minerals and /minerals help show usage generated from every subcommand, registered ones included', async () => {
  for (const text of ['', 'help']) {
    const { reply } = await askCommand(text);
    const shown = visible(reply.blocks);
    for (const usage of ['ask &lt;question&gt;', 'sources', 'ping &lt;anything&gt;', 'help'])
      expect(shown).toContain(`/minerals ${usage}`);
    expect(shown).toContain(escapeMrkdwn(EXAMPLE_QUESTIONS[1] ?? ''));
  }
});

test('an unknown subcommand gets a short hint, never silence', async () => {
  const { ack, reply } = await askCommand('frobnicate the lithium');
  expect(ack.status).toBe(200);
  expect(String(reply.text)).toContain('frobnicate');
  expect(String(reply.text)).toContain('/minerals help');
});

test('/minerals sources lists every article with title, source, date and passage count', async () => {
  const { reply } = await askCommand('sources');
  const shown = visible(reply.blocks);
  for (const article of engine.articles()) {
    expect(shown).toContain(snippet(article.title, 60));
    expect(shown).toContain(`${article.passageCount} passage`);
  }
});

test('the router dispatches to a registered subcommand with its args and user', async () => {
  const { reply } = await askCommand('ping  hello there ', { userId: 'U0PINGER' });
  expect(reply.text).toBe('pong hello there');
  expect(pings.at(-1)).toEqual({ args: 'hello there', userId: 'U0PINGER' });
});

test('a failing subcommand is logged and the user told, and the app keeps serving', async () => {
  const { reply } = await askCommand('broken');
  expect(String(reply.text)).toContain('Something went wrong');
  expect(t.logs.some((l) => l.includes('broken failed'))).toBe(true);
  expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
});

test('an empty question is refused with a clear message', async () => {
  const { reply } = await askCommand('ask   ');
  expect(String(reply.text)).toContain('/minerals ask');
});

test('an @mention is answered in its thread; a retry of the same event never answers twice', async () => {
  const before = t.fake.callsTo('chat.postMessage').length;
  const event = {
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@${BOT_USER_ID}> ${EXAMPLE_QUESTIONS[2]}`,
    ts: '1700000100.000200',
    channel: 'C0NEWS',
    event_ts: '1700000100.000200',
  };
  const first = await sendEvent(t.eventsUrl, event, 'Ev0MENTION1');
  expect(first.status).toBe(200);
  const post = await t.fake.waitFor(() => t.fake.callsTo('chat.postMessage')[before]);
  expect(post.params).toMatchObject({ channel: 'C0NEWS', thread_ts: '1700000100.000200' });
  expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  const expected = engine.ask(EXAMPLE_QUESTIONS[2] ?? '', { maxCitations: SLACK_MAX_CITATIONS });
  expect(visible(post.params.blocks)).toContain(snippet(expected.citations[0]?.quote ?? '', 40));
  expect(visible(post.params.blocks)).not.toContain(BOT_USER_ID);

  // Slack signs a retry afresh (a later timestamp); a byte-for-byte copy would be dropped earlier, as a
  // replay.
  const retry = await sendEvent(t.eventsUrl, event, 'Ev0MENTION1', {
    timestamp: Math.floor(Date.now() / 1000) + 1,
    headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
  });
  expect(retry.status).toBe(200);
  await new Promise((r) => setTimeout(r, 150));
  expect(t.fake.callsTo('chat.postMessage')).toHaveLength(before + 1);
  expect(t.logs.some((l) => l.includes('ignoring repeat delivery of Ev0MENTION1'))).toBe(true);
});

test('a direct message is answered in a thread; bot messages and edits are ignored', async () => {
  const before = t.fake.callsTo('chat.postMessage').length;
  await sendEvent(
    t.eventsUrl,
    {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0OTHER',
      text: 'hello from a bot',
      ts: '1.1',
      bot_id: 'B0OTHER',
    },
    'Ev0BOT',
  );
  await sendEvent(
    t.eventsUrl,
    {
      type: 'message',
      subtype: 'message_changed',
      channel_type: 'im',
      channel: 'D0DM',
      ts: '1.2',
      message: { text: 'x' },
    },
    'Ev0EDIT',
  );
  const dm = await sendEvent(
    t.eventsUrl,
    {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ASKER',
      text: EXAMPLE_QUESTIONS[3],
      ts: '1700000200.000300',
    },
    'Ev0DM',
  );
  expect(dm.status).toBe(200);
  const post = await t.fake.waitFor(() => t.fake.callsTo('chat.postMessage')[before]);
  expect(post.params).toMatchObject({ channel: 'D0DM', thread_ts: '1700000200.000300' });
  await new Promise((r) => setTimeout(r, 150));
  expect(t.fake.callsTo('chat.postMessage')).toHaveLength(before + 1);
});

test('App Home is published with the article count, newest article and examples', async () => {
  const before = t.fake.callsTo('views.publish').length;
  await sendEvent(
    t.eventsUrl,
    { type: 'app_home_opened', user: 'U0ASKER', channel: 'D0DM', tab: 'home', event_ts: '1.3' },
    'Ev0HOME',
  );
  const call = await t.fake.waitFor(() => t.fake.callsTo('views.publish')[before]);
  expect(call.params.user_id).toBe('U0ASKER');
  const view = call.params.view as { type: string };
  expect(view.type).toBe('home');
  const shown = visible(view);
  const articles = engine.articles();
  expect(shown).toContain(`*${articles.length} articles*`);
  expect(shown).toContain(snippet(articles[0]?.title ?? '', 40));
});

test('Helpful stores the vote with question and answer in data/ and acknowledges it', async () => {
  const question = EXAMPLE_QUESTIONS[0] ?? '';
  const { id, url } = nextResponseUrl();
  const ack = await sendButton(t.eventsUrl, {
    actionId: ACTION_IDS.voteHelpful,
    value: question,
    responseUrl: url,
    userId: 'U0VOTER',
  });
  expect(ack.status).toBe(200);
  const reply = await t.fake.waitFor(() => t.fake.responsesTo(id)[0]);
  expect(String(reply.body.text)).toContain('helpful');
  expect(reply.body.replace_original).toBe(false);
  const onDisk = JSON.parse(await readFile(join(t.dataDir, 'votes.json'), 'utf8')) as {
    votes: Array<Record<string, unknown>>;
  };
  const expected = engine.ask(question, { maxCitations: SLACK_MAX_CITATIONS });
  expect(onDisk.votes).toContainEqual(
    expect.objectContaining({
      userId: 'U0VOTER',
      question,
      answer: expected.answer,
      helpful: true,
      citations: expected.citations.map((c) => c.passageId),
    }),
  );
});

test('Share in channel posts the same answer publicly and removes the private copy', async () => {
  const question = EXAMPLE_QUESTIONS[1] ?? '';
  const before = t.fake.callsTo('chat.postMessage').length;
  const { id, url } = nextResponseUrl();
  await sendButton(t.eventsUrl, {
    actionId: ACTION_IDS.share,
    value: question,
    responseUrl: url,
    userId: 'U0SHARER',
    channelId: 'C0SHARE',
  });
  const post = await t.fake.waitFor(() => t.fake.callsTo('chat.postMessage')[before]);
  expect(post.params.channel).toBe('C0SHARE');
  const expected = engine.ask(question, { maxCitations: SLACK_MAX_CITATIONS });
  expect(visible(post.params.blocks)).toContain(snippet(expected.citations[0]?.quote ?? '', 40));
  expect(visible(post.params.blocks)).toContain('Shared by <@U0SHARER>');
  expect(actionIdsOf(post.params)).not.toContain(ACTION_IDS.share);
  const reply = await t.fake.waitFor(() => t.fake.responsesTo(id)[0]);
  expect(reply.body.delete_original).toBe(true);
});

test('Share where the bot is not in the channel falls back to the response_url, posting in channel', async () => {
  t.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
  const { id, url } = nextResponseUrl();
  await sendButton(t.eventsUrl, {
    actionId: ACTION_IDS.share,
    value: EXAMPLE_QUESTIONS[1] ?? '',
    responseUrl: url,
    channelId: 'C0PRIVATE',
  });
  const replies = await t.fake.waitFor(() =>
    t.fake.responsesTo(id).length >= 2 ? t.fake.responsesTo(id) : undefined,
  );
  expect(replies[0]?.body.response_type).toBe('in_channel');
  expect(replies[0]?.body.blocks).toBeDefined();
  expect(replies[1]?.body.delete_original).toBe(true);
  expect(t.logs.some((l) => l.includes('not_in_channel'))).toBe(true);
});

test('More sources shows the passages beyond those cited', async () => {
  const candidates = [...EXAMPLE_QUESTIONS, 'critical minerals supply chains', 'rare earth magnets India'];
  const withMore = candidates
    .map((q) => engine.ask(q, { maxCitations: SLACK_MAX_CITATIONS }))
    .find((a: Answer) => a.more.length > 0);
  expect(withMore).toBeDefined();
  const { id, url } = nextResponseUrl();
  await sendButton(t.eventsUrl, {
    actionId: ACTION_IDS.moreSources,
    value: withMore?.question ?? '',
    responseUrl: url,
  });
  const reply = await t.fake.waitFor(() => t.fake.responsesTo(id)[0]);
  const shown = visible(reply.body.blocks);
  for (const citation of withMore?.more.slice(0, 5) ?? [])
    expect(shown).toContain(snippet(citation.quote, 30));
});

test('listeners registered by other features through createApp receive their actions', async () => {
  const { id, url } = nextResponseUrl();
  const ack = await sendButton(t.eventsUrl, {
    actionId: 'test_feature_button',
    value: 'x',
    responseUrl: url,
  });
  expect(ack.status).toBe(200);
  const reply = await t.fake.waitFor(() => t.fake.responsesTo(id)[0]);
  expect(reply.body.text).toBe(`feature saw ${engine.articles().length} articles via /minerals`);
});

test('invalid_blocks: the answer is re-sent as plain text', async () => {
  const before = t.fake.callsTo('chat.postMessage').length;
  t.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
  await sendEvent(
    t.eventsUrl,
    {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> ${EXAMPLE_QUESTIONS[0]}`,
      ts: '1700000300.1',
      channel: 'C0NEWS',
    },
    'Ev0INVALID',
  );
  const retry = await t.fake.waitFor(() => t.fake.callsTo('chat.postMessage')[before + 1]);
  expect(retry.params.blocks).toBeUndefined();
  expect(String(retry.params.text).length).toBeGreaterThan(0);
  expect(retry.params.thread_ts).toBe('1700000300.1');
});

test.each(['channel_not_found', 'ratelimited'])(
  '%s on a mention is logged, the asker told privately, and the app keeps running',
  async (error) => {
    const before = t.fake.callsTo('chat.postEphemeral').length;
    t.fake.failNext(
      'chat.postMessage',
      error === 'ratelimited' ? { error, status: 429, retryAfter: 0 } : { error },
    );
    await sendEvent(
      t.eventsUrl,
      {
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT_USER_ID}> ${EXAMPLE_QUESTIONS[0]}`,
        ts: '1700000400.1',
        channel: 'C0GONE',
      },
      `Ev0FAIL${error}`,
    );
    const notice = await t.fake.waitFor(() => t.fake.callsTo('chat.postEphemeral')[before]);
    expect(notice.params).toMatchObject({ channel: 'C0GONE', user: 'U0ASKER' });
    expect(String(notice.params.text)).toMatch(error === 'ratelimited' ? /rate-limiting/ : /can't post/);
    expect(t.logs.some((l) => l.includes(error))).toBe(true);
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
  },
);

test("Slack's URL verification handshake gets its challenge back (saving the Request URL in the app settings)", async () => {
  const body = JSON.stringify({
    token: 'legacy',
    challenge: 'challenge-token-123',
    type: 'url_verification',
  });
  const res = await sendSigned(t.eventsUrl, body, 'application/json');
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toEqual({ challenge: 'challenge-token-123' });
});

describe('request verification', () => {
  const body = () => slashCommandBody({ text: 'ask Who attended?', responseUrl: 'http://127.0.0.1:1/never' });
  const form = 'application/x-www-form-urlencoded';

  test('a wrong signature gets 401', async () => {
    expect((await sendSigned(t.eventsUrl, body(), form, { secret: 'not-the-secret' })).status).toBe(401);
  });
  test('a stale timestamp gets 401', async () => {
    expect(
      (await sendSigned(t.eventsUrl, body(), form, { timestamp: Math.floor(Date.now() / 1000) - 600 }))
        .status,
    ).toBe(401);
  });
  test('missing signature headers get 401', async () => {
    expect((await sendSigned(t.eventsUrl, body(), form, { omit: ['signature'] })).status).toBe(401);
    expect((await sendSigned(t.eventsUrl, body(), form, { omit: ['timestamp'] })).status).toBe(401);
    expect((await sendSigned(t.eventsUrl, body(), form, { omit: ['signature', 'timestamp'] })).status).toBe(
      401,
    );
  });
});

test('tokens never appear in the logs', () => {
  expect(t.logs.length).toBeGreaterThan(0);
  expect(t.logs.join('\n')).not.toContain(BOT_TOKEN);
});
