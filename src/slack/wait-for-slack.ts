import { ErrorCode, type WebClient } from '@slack/web-api';

/** Slack could not be reached at start-up within the allowed attempts. `message` is one line. */
export class SlackUnreachableError extends Error {
  constructor(
    readonly attempts: number,
    cause: string,
    apiUrl: string,
  ) {
    super(
      `could not reach Slack at ${apiUrl} after ${attempts} attempts (${cause}): check the network, a proxy, or SLACK_API_URL`,
    );
    this.name = 'SlackUnreachableError';
  }
}

export interface WaitForSlackOptions {
  /** Tries in all (default 5). */
  attempts?: number;
  /** Wait before the second try; doubles after each (default 1000 ms, so 15 s over five tries). */
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: { warn(message: string): void };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Network failures, 5xx answers and rate limits are worth another try; Slack's own refusals are not. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === ErrorCode.RequestError || code === ErrorCode.HTTPError || code === ErrorCode.RateLimitedError
  );
}

function describe(error: unknown): string {
  const e = error as {
    original?: { code?: unknown; message?: unknown; cause?: { code?: unknown } };
    statusCode?: unknown;
    message?: unknown;
  } | null;
  const original = e?.original;
  // fetch wraps the socket error: "fetch failed" with the ECONNREFUSED/ENOTFOUND code on its cause.
  if (typeof original?.cause?.code === 'string') return original.cause.code;
  if (original && typeof original.code === 'string') return original.code;
  if (typeof e?.statusCode === 'number') return `HTTP ${e.statusCode}`;
  return String(original?.message ?? e?.message ?? error)
    .split('\n')[0]!
    .replace(/^\w*Error: /, '');
}

/**
 * Calls auth.test until Slack answers, a bounded number of times with growing waits, so a start-up
 * without Slack ends with one clear line instead of warning forever. A refusal (invalid_auth...)
 * is thrown at once. `client` should have its own retries off.
 */
export async function waitForSlack(client: WebClient, options: WaitForSlackOptions = {}): Promise<void> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.delayMs ?? 1000;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await client.auth.test();
      return;
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= attempts) throw new SlackUnreachableError(attempts, describe(error), client.slackApiUrl);
      options.log?.warn(
        `Slack not reachable (${describe(error)}); try ${attempt + 1} of ${attempts} in ${delay} ms`,
      );
      await sleep(delay);
      delay *= 2;
    }
  }
}
