import { request } from 'node:http';
import type { Subcommand } from '../../src/slack/commands/subcommand.js';
import { escapeMrkdwn } from '../../src/slack/render/escape-mrkdwn.js';
import { seedEngine } from '../support/seed-engine.js';
import {
  sendSigned,
  sendSlashCommand,
  sign,
  slashCommandBody,
  SIGNING_SECRET,
} from './support/send-signed.js';
import { startTestApp, type TestApp } from './support/start-test-app.js';

let t: TestApp;
const runs: string[] = [];
const ping: Subcommand = {
  name: 'ping',
  usage: 'ping <anything>',
  description: 'Counts its runs.',
  async run(ctx) {
    runs.push(ctx.args);
    await ctx.respond({ text: `pong ${escapeMrkdwn(ctx.args)}` });
  },
};
let seq = 0;
const nextId = () => `h${++seq}`;

beforeAll(async () => {
  t = await startTestApp({ engine: await seedEngine(), subcommands: [ping] });
});
afterAll(() => t.close());
beforeEach(() => {
  runs.length = 0;
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

test.each([
  ['null', 'application/json', 'null'],
  ['an array', 'application/json', '[]'],
  ['a string', 'application/json', '"event_callback"'],
  ['a number', 'application/json', '42'],
  ['broken JSON', 'application/json', '{"type":'],
  ['a form whose payload is null', 'application/x-www-form-urlencoded', 'payload=null'],
])('a signed body that is %s gets 400 at once', async (_name, contentType, body) => {
  const sent = await sendSigned(t.eventsUrl, body, contentType);
  expect(sent.status).toBe(400);
  expect(sent.ms).toBeLessThan(2000);
});

test('a byte-for-byte replay is ignored; another request with the same timestamp is not', async () => {
  const id = nextId();
  const body = slashCommandBody({ text: 'ping once', responseUrl: t.fake.responseUrl(id) });
  const timestamp = nowSeconds();
  const first = await sendSigned(t.eventsUrl, body, 'application/x-www-form-urlencoded', { timestamp });
  const replay = await sendSigned(t.eventsUrl, body, 'application/x-www-form-urlencoded', { timestamp });
  expect([first.status, replay.status]).toEqual([200, 200]);
  await t.fake.waitFor(() => t.fake.responsesTo(id).length >= 1);
  expect(t.logs.join('\n')).toMatch(/ignored a replayed request/);
  const otherId = nextId();
  const other = await sendSigned(
    t.eventsUrl,
    slashCommandBody({ text: 'ping twice', responseUrl: t.fake.responseUrl(otherId) }),
    'application/x-www-form-urlencoded',
    { timestamp },
  );
  expect(other.status).toBe(200);
  await t.fake.waitFor(() => t.fake.responsesTo(otherId).length >= 1);
  expect(runs).toEqual(['once', 'twice']);
  expect(t.fake.responsesTo(id)).toHaveLength(1);
});

test('timestamps more than five minutes away are refused, future or past; inside the window they pass', async () => {
  const fields = { text: 'ping clock', responseUrl: t.fake.responseUrl(nextId()) };
  expect((await sendSlashCommand(t.eventsUrl, fields, { timestamp: nowSeconds() + 10 * 60 })).status).toBe(
    401,
  );
  expect((await sendSlashCommand(t.eventsUrl, fields, { timestamp: nowSeconds() - 10 * 60 })).status).toBe(
    401,
  );
  expect(
    (
      await sendSlashCommand(t.eventsUrl, fields, {
        timestamp: nowSeconds() + 10 * 60,
        signature: 'v0=nonsense',
      })
    ).status,
  ).toBe(401);
  expect(runs).toEqual([]);
  const id = nextId();
  expect(
    (
      await sendSlashCommand(
        t.eventsUrl,
        { ...fields, responseUrl: t.fake.responseUrl(id) },
        { timestamp: nowSeconds() + 4 * 60 },
      )
    ).status,
  ).toBe(200);
  await t.fake.waitFor(() => t.fake.responsesTo(id).length >= 1);
  expect(runs).toEqual(['clock']);
});

/**
 * Starts a POST declaring `declared` bytes, sends only the first 64 KB, and resolves with the status and how
 * much had been sent.
 */
function partialPost(
  url: string,
  declared: number | null,
  headers: Record<string, string> = {},
): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(declared === null ? {} : { 'content-length': String(declared) }),
        ...headers,
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes: chunk.length });
      req.destroy();
    });
    req.on('error', (error) =>
      (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error),
    );
    req.write(chunk);
  });
}

test('an unsigned body is refused after at most 1 KB is read, declared size or not (no 4 MB buffered)', async () => {
  const declared = await partialPost(t.eventsUrl, 4 * 1024 * 1024);
  expect([401, 413]).toContain(declared.status);
  const chunked = await partialPost(t.eventsUrl, null);
  expect([401, 413]).toContain(chunked.status);
  expect(runs).toEqual([]);
});

test('many unsigned 4 MB posts at once are all refused while their bodies are still unsent', async () => {
  const results = await Promise.all(
    Array.from({ length: 50 }, () => partialPost(t.eventsUrl, 4 * 1024 * 1024)),
  );
  expect(results.every((r) => r.status === 413 || r.status === 401)).toBe(true);
});

test('a signed body over the 1 MB limit gets 413; a stale-signed one is refused before its body is read', async () => {
  const big = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(1100 * 1024) });
  expect((await sendSigned(t.eventsUrl, big, 'application/json')).status).toBe(413);
  const timestamp = nowSeconds() - 3600;
  const stale = await partialPost(t.eventsUrl, 4 * 1024 * 1024, {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': sign(SIGNING_SECRET, timestamp, 'x'),
  });
  expect(stale.status).toBe(401);
});

test("Slack's unsigned ssl_check still gets 200, and an ordinary signed command still runs", async () => {
  const check = await fetch(t.eventsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'ssl_check=1&token=legacy',
  });
  expect(check.status).toBe(200);
  const id = nextId();
  expect(
    (await sendSlashCommand(t.eventsUrl, { text: 'ping fine', responseUrl: t.fake.responseUrl(id) })).status,
  ).toBe(200);
  await t.fake.waitFor(() => t.fake.responsesTo(id).length >= 1);
  expect(runs).toEqual(['fine']);
});
