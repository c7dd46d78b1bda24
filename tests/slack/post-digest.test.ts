import type { Digest } from '../../src/digest/digest-types.js';
import { createDigestPoster, DIGEST_CLIENT_OPTIONS, DIGEST_EVENT_TYPE } from '../../src/slack/post-digest.js';
import { createMemoryThreadStore } from '../../src/storage/lowdb-thread-store.js';
import { digest, story } from '../support/digest-fixture.js';
import { FakeSlack } from './support/fake-slack.js';

let api: FakeSlack;
beforeEach(async () => {
  api = new FakeSlack();
  await api.start();
});
afterEach(() => api.stop());

// An empty day's digest: the poster renders it as the one-line note.
const message: Digest = { window: { from: null, to: '2026-01-14T08:00:00.000Z' }, articles: [], stories: [] };
const log = () => {
  const lines: string[] = [];
  return { lines, warn: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
};

test('posts with the digest id in message metadata and finds it again', async () => {
  const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS) });
  const outcome = await poster.post('C1', message, 'd-1');
  expect(outcome.status).toBe('posted');
  const stored = api.messages.get('C1')?.[0];
  expect(stored?.metadata).toEqual({ event_type: DIGEST_EVENT_TYPE, event_payload: { digest_id: 'd-1' } });
  expect(await poster.find('C1', 'd-1', '2026-01-01T00:00:00Z')).toEqual({ status: 'found', ts: stored?.ts });
  expect(await poster.find('C1', 'd-2', '2026-01-01T00:00:00Z')).toEqual({ status: 'absent' });
});

test('a rate limit waits Retry-After, then posts once', async () => {
  api.failNext('chat.postMessage', { error: 'ratelimited', status: 429, retryAfter: 7 });
  const waits: number[] = [];
  const l = log();
  const poster = createDigestPoster({
    client: api.webClient(DIGEST_CLIENT_OPTIONS),
    sleep: async (ms) => void waits.push(ms),
    log: l,
  });
  expect((await poster.post('C1', message, 'd-1')).status).toBe('posted');
  expect(waits).toEqual([7000]);
  expect(api.messages.get('C1')).toHaveLength(1);
  expect(l.lines.join('\n')).toMatch(/Retry-After/);
});

test.each(['not_in_channel', 'channel_not_found'])(
  '%s is reported with the fix, not retried',
  async (error) => {
    api.failNext('chat.postMessage', { error });
    const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS) });
    const outcome = await poster.post('C1', message, 'd-1');
    expect(outcome).toEqual({ status: 'not-posted', error, fix: expect.stringMatching(/invite the bot/) });
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  },
);

test('a lost response is checked against the channel instead of posting again', async () => {
  api.loseResponseNext('chat.postMessage');
  const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS), log: log() });
  const outcome = await poster.post('C1', message, 'd-1');
  expect(outcome).toEqual({ status: 'posted', ts: api.messages.get('C1')?.[0]?.ts });
  expect(api.messages.get('C1')).toHaveLength(1);
});

test('a server error that posted nothing is retried once after checking the channel', async () => {
  api.failNext('chat.postMessage', { status: 503 });
  const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS), log: log() });
  expect((await poster.post('C1', message, 'd-1')).status).toBe('posted');
  expect(api.messages.get('C1')).toHaveLength(1);
  expect(api.calls.map((c) => c.method)).toEqual([
    'chat.postMessage',
    'conversations.history',
    'chat.postMessage',
  ]);
});

test('when the channel cannot be checked, the outcome stays unknown and nothing is re-sent', async () => {
  api.failNext('chat.postMessage', { status: 503 });
  api.failNext('conversations.history', { error: 'missing_scope' });
  const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS), log: log() });
  expect((await poster.post('C1', message, 'd-1')).status).toBe('unknown');
  expect(api.callsTo('chat.postMessage')).toHaveLength(1);
});

test('a digest with more stories than one message holds posts the rest in its thread, every story once, and remembers the thread', async () => {
  const threads = createMemoryThreadStore();
  const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS), threads });
  const outcome = await poster.post(
    'C1',
    digest(Array.from({ length: 30 }, (_, i) => story(i + 1))),
    'd-many',
  );
  if (outcome.status !== 'posted') throw new Error(outcome.status);
  const held = api.messages.get('C1') ?? [];
  expect(held[0]?.thread_ts).toBeUndefined();
  expect(held.slice(1).every((m) => m.thread_ts === outcome.ts)).toBe(true);
  expect(held.length).toBeGreaterThan(2);
  const headlines = held.flatMap((m) =>
    [...JSON.stringify(m.blocks).matchAll(/\*(\d+)\. Story (\d+):/g)].map((x) => Number(x[2])),
  );
  expect(headlines).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  expect(await threads.find('C1', outcome.ts)).toMatchObject({ question: null });
});

test('a thread page whose answer is lost is not sent again: the pages after it are reported missing, none posted twice', async () => {
  const l = log();
  const poster = createDigestPoster({ client: api.webClient(DIGEST_CLIENT_OPTIONS), log: l });
  // The channel message posts; the first thread page is carried out but its answer is lost.
  api.answerNext('chat.postMessage');
  api.loseResponseNext('chat.postMessage');
  const outcome = await poster.post(
    'C1',
    digest(Array.from({ length: 30 }, (_, i) => story(i + 1))),
    'd-lost-page',
  );
  expect(outcome.status).toBe('posted');
  expect(api.callsTo('chat.postMessage')).toHaveLength(2);
  expect(api.messages.get('C1')).toHaveLength(2);
  expect(l.lines.join('\n')).toMatch(
    /d-lost-page page 2 of \d+ may not have reached the thread .*page\(s\) of stories are missing/,
  );
});
