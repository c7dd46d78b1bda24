import { createDigestPoster, DIGEST_EVENT_TYPE } from '../../src/digest/post-digest.js';
import { startFakeSlackApi, type FakeSlackApi } from './support/fake-slack-api.js';

let api: FakeSlackApi;
beforeEach(async () => {
  api = await startFakeSlackApi();
});
afterEach(() => api.close());

const message = { text: 'Digest', blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'Digest' } }] };
const log = () => {
  const lines: string[] = [];
  return { lines, warn: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
};

test('posts with the digest id in message metadata and finds it again', async () => {
  const poster = createDigestPoster({ client: api.client() });
  const outcome = await poster.post('C1', message, 'd-1');
  expect(outcome.status).toBe('posted');
  const stored = api.messages.get('C1')?.[0];
  expect(stored?.metadata).toEqual({ event_type: DIGEST_EVENT_TYPE, event_payload: { digest_id: 'd-1' } });
  expect(await poster.find('C1', 'd-1', '2026-01-01T00:00:00Z')).toEqual({ status: 'found', ts: stored?.ts });
  expect(await poster.find('C1', 'd-2', '2026-01-01T00:00:00Z')).toEqual({ status: 'absent' });
});

test('a rate limit waits Retry-After, then posts once', async () => {
  api.script('chat.postMessage', { kind: 'ratelimit', retryAfter: 7 });
  const waits: number[] = [];
  const l = log();
  const poster = createDigestPoster({ client: api.client(), sleep: async (ms) => void waits.push(ms), log: l });
  expect((await poster.post('C1', message, 'd-1')).status).toBe('posted');
  expect(waits).toEqual([7000]);
  expect(api.messages.get('C1')).toHaveLength(1);
  expect(l.lines.join('\n')).toMatch(/Retry-After/);
});

test.each(['not_in_channel', 'channel_not_found'])('%s is reported with the fix, not retried', async (error) => {
  api.script('chat.postMessage', { kind: 'error', error });
  const poster = createDigestPoster({ client: api.client() });
  const outcome = await poster.post('C1', message, 'd-1');
  expect(outcome).toEqual({ status: 'not-posted', error, fix: expect.stringMatching(/invite the bot/) });
  expect(api.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
});

test('a lost response is checked against the channel instead of posting again', async () => {
  api.script('chat.postMessage', { kind: 'post-then-drop' });
  const poster = createDigestPoster({ client: api.client(), log: log() });
  const outcome = await poster.post('C1', message, 'd-1');
  expect(outcome).toEqual({ status: 'posted', ts: api.messages.get('C1')?.[0]?.ts });
  expect(api.messages.get('C1')).toHaveLength(1);
});

test('a server error that posted nothing is retried once after checking the channel', async () => {
  api.script('chat.postMessage', { kind: 'http', status: 503 });
  const poster = createDigestPoster({ client: api.client(), log: log() });
  expect((await poster.post('C1', message, 'd-1')).status).toBe('posted');
  expect(api.messages.get('C1')).toHaveLength(1);
  expect(api.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'conversations.history', 'chat.postMessage']);
});

test('when the channel cannot be checked, the outcome stays unknown and nothing is re-sent', async () => {
  api.script('chat.postMessage', { kind: 'http', status: 503 });
  api.script('conversations.history', { kind: 'error', error: 'missing_scope' });
  const poster = createDigestPoster({ client: api.client(), log: log() });
  expect((await poster.post('C1', message, 'd-1')).status).toBe('unknown');
  expect(api.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
});
