import { SlackUnreachableError, waitForSlack } from '../../src/slack/wait-for-slack.js';
import { FakeSlack } from './support/fake-slack.js';

let api: FakeSlack;
beforeEach(async () => {
  api = new FakeSlack();
  await api.start();
});
afterEach(() => api.stop());

const noRetries = { retryConfig: { retries: 0 } };

function recorder() {
  const waits: number[] = [];
  const warnings: string[] = [];
  return {
    waits,
    warnings,
    sleep: async (ms: number) => void waits.push(ms),
    log: { warn: (line: string) => void warnings.push(line) },
  };
}

test('answers at once when Slack is there', async () => {
  const r = recorder();
  await waitForSlack(api.webClient(noRetries), r);
  expect(api.callsTo('auth.test')).toHaveLength(1);
  expect(r.waits).toEqual([]);
});

test('server errors are tried again with growing waits, then it goes on', async () => {
  api.failNext('auth.test', { status: 503 }, 2);
  const r = recorder();
  await waitForSlack(api.webClient(noRetries), { ...r, attempts: 5, delayMs: 100 });
  expect(api.callsTo('auth.test')).toHaveLength(3);
  expect(r.waits).toEqual([100, 200]);
  expect(r.warnings[0]).toMatch(/Slack not reachable \(HTTP 503\); try 2 of 5/);
});

test('a refused token is not retried', async () => {
  api.failNext('auth.test', { error: 'invalid_auth' });
  const r = recorder();
  await expect(waitForSlack(api.webClient(noRetries), r)).rejects.toMatchObject({
    data: { error: 'invalid_auth' },
  });
  expect(api.callsTo('auth.test')).toHaveLength(1);
});

test('with Slack refusing connections it gives up after the allowed tries, in one line', async () => {
  const client = api.webClient(noRetries);
  await api.stop();
  const r = recorder();
  const error = await waitForSlack(client, { ...r, attempts: 3, delayMs: 10 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SlackUnreachableError);
  // Under jest's VM modules the SDK re-wraps fetch's error and drops its cause (ECONNREFUSED); plain node
  // keeps it.
  expect((error as Error).message).toMatch(
    /^could not reach Slack at http:\/\/127\.0\.0\.1:\d+\/api\/ after 3 attempts \((ECONNREFUSED|fetch failed)\)/,
  );
  expect((error as Error).message).not.toContain('\n');
  expect(r.waits).toEqual([10, 20]);
});
