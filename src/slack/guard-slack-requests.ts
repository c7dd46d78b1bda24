import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { HTTPModuleFunctions, isValidSlackRequest, type Logger } from '@slack/bolt';
import { LRUCache } from 'lru-cache';

export interface RequestGuardOptions {
  signingSecret: string;
  /** Where Slack posts (EVENTS_PATH); other paths pass straight through. */
  path: string;
  /** Largest signed body read, in bytes. */
  bodyLimit: number;
  logger: Logger;
  /** Milliseconds since the epoch; tests move the clock. */
  now?: () => number;
}

/** Slack's window: a request more than five minutes from now, either way, is refused. */
const WINDOW_SECONDS = 5 * 60;
/**
 * Slack's unsigned `ssl_check=1&token=…` probe is a few hundred bytes; nothing unsigned is read beyond this.
 */
const UNSIGNED_LIMIT = 1024;
/** Signatures remembered to spot replays; beyond this many inside five minutes the oldest are forgotten. */
const MAX_REMEMBERED = 100_000;

function end(res: ServerResponse, status: number): void {
  res.writeHead(status, status === 413 ? { connection: 'close' } : {});
  res.end();
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Bolt's own parse rule (form field `payload` holds JSON, else the form itself, else JSON), asking only: is
 * it an object?
 */
function isObjectBody(raw: string, contentType: string | undefined): boolean {
  try {
    let body: unknown;
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(raw);
      body = typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    } else {
      body = JSON.parse(raw);
    }
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return false;
  }
}

/**
 * Wraps the HTTP receiver's request listener with the checks Bolt leaves out, before the body
 * is buffered where possible: an unsigned request is read only up to 1 KB (enough for Slack's
 * ssl_check); a timestamp more than five minutes from now, in either direction, is refused
 * unread; a signed body over `bodyLimit` is cut off (413); a byte-for-byte replay of a signed
 * request within the window is answered 200 and dropped; a signed body that is not a JSON
 * object gets 400 at once. What passes goes on to Bolt already buffered.
 */
export function guardSlackRequests(next: RequestListener, options: RequestGuardOptions): RequestListener {
  const now = options.now ?? Date.now;
  const seen = new LRUCache<string, true>({
    max: MAX_REMEMBERED,
    ttl: 2 * WINDOW_SECONDS * 1000,
    ttlAutopurge: false,
  });
  const refuse = (res: ServerResponse, status: number, why: string) => {
    options.logger.warn(`refused a request to ${options.path} (${status}): ${why}`);
    end(res, status);
  };

  async function buffer(req: IncomingMessage, res: ServerResponse, limit: number) {
    try {
      return await HTTPModuleFunctions.bufferIncomingMessage(req, limit);
    } catch (error) {
      const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && error.type === 'entity.too.large';
      refuse(res, tooLarge ? 413 : 400, tooLarge ? `body over ${limit} bytes` : 'body could not be read');
      return null;
    }
  }

  async function check(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    if (!signature || !timestamp) {
      const unsigned = await buffer(req, res, UNSIGNED_LIMIT);
      if (!unsigned) return;
      if (
        header(req, 'content-type') === 'application/x-www-form-urlencoded' &&
        parseQuery(unsigned.rawBody.toString()).ssl_check === '1'
      )
        return next(req, res);
      return refuse(res, 401, 'unsigned');
    }
    const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
    if (!(Math.abs(now() / 1000 - seconds) <= WINDOW_SECONDS))
      return refuse(res, 401, 'timestamp outside the five-minute window');
    const buffered = await buffer(req, res, options.bodyLimit);
    if (!buffered) return;
    const raw = buffered.rawBody.toString();
    const valid = isValidSlackRequest({
      signingSecret: options.signingSecret,
      body: raw,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': seconds },
      nowMilliseconds: now(),
    });
    if (!valid) return refuse(res, 401, 'bad signature');
    // The signature covers the timestamp and every byte of the body, so it names a request exactly.
    if (seen.has(signature)) {
      options.logger.warn(`ignored a replayed request to ${options.path}`);
      return end(res, 200);
    }
    seen.set(signature, true);
    if (!isObjectBody(raw, header(req, 'content-type')))
      return refuse(res, 400, 'signed body is not a JSON object');
    next(req, res);
  }

  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== options.path) return next(req, res);
    check(req, res).catch((error: unknown) => {
      options.logger.error('request guard failed', error);
      if (!res.headersSent) end(res, 500);
    });
  };
}
