import { fetch, type Dispatcher, type Response } from 'undici';
import { createFetchGuard, PrivateAddressError } from './create-fetch-guard.js';
import { IngestError } from './ingest-error.js';
import { cleanUrl } from './normalize-url.js';

/** What to fetch and what to accept. */
export interface FetchOptions {
  /**
   * Decides from the media type (lower-case, no parameters; '' when the server sent none) whether to read the
   * body.
   */
  accept: (mediaType: string) => boolean;
  /** Used in the refusal message, e.g. "a web page" or "an RSS or Atom feed". */
  expected: string;
  /** Default 10 000 ms for the whole exchange, body included. */
  timeoutMs?: number;
  /** Default 10 MB; the download is cancelled as soon as it exceeds this. */
  maxBytes?: number;
  /**
   * MINERALS_ALLOW_PRIVATE_URLS: fetch private and internal addresses too (local testing only). Default
   * false.
   */
  allowPrivateUrls?: boolean;
  /** The connection guard to fetch through; default a shared createFetchGuard for `allowPrivateUrls`. */
  dispatcher?: Dispatcher;
}

/** The FetchOptions a caller may set once for every fetch it makes (the rest is per call). */
export type SharedFetchOptions = Pick<
  FetchOptions,
  'timeoutMs' | 'maxBytes' | 'allowPrivateUrls' | 'dispatcher'
>;

export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  mediaType: string;
  text: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const KINDS: Array<[RegExp, string]> = [
  [/^application\/pdf$/, 'a PDF'],
  [/^image\//, 'an image'],
  [/^video\//, 'a video'],
  [/^audio\//, 'an audio file'],
  [/zip|octet-stream|msword|officedocument|spreadsheet/, 'a binary file'],
  [/^text\/html$|xhtml/, 'a web page'],
];

/**
 * Names the kind of a refused file without echoing the server's media type (which would help map internal
 * hosts).
 */
function describe(mediaType: string, expected: string): string {
  for (const [pattern, name] of KINDS) if (pattern.test(mediaType)) return `is ${name}, not ${expected}`;
  return `is not ${expected}`;
}

const guards = new Map<boolean, Dispatcher>();
function sharedGuard(allowPrivate: boolean): Dispatcher {
  let guard = guards.get(allowPrivate);
  if (!guard) guards.set(allowPrivate, (guard = createFetchGuard({ allowPrivate })));
  return guard;
}

/**
 * Says whether the guard refused, or that the host could not be reached; never which socket error (that would
 * map ports).
 */
function networkError(error: unknown, url: string, timeoutMs: number): IngestError {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new IngestError(`${url} did not respond within ${Math.round(timeoutMs / 1000)} s`, 'timeout');
  }
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (cause instanceof PrivateAddressError) return new IngestError(cause.message, 'private_address');
  }
  return new IngestError(`could not reach ${url}`, 'unreachable');
}

function charsetOf(contentType: string, head: Uint8Array): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const sniffed = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(head))?.[1];
  return fromHeader ?? sniffed ?? 'utf-8';
}

function decode(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * GETs an http(s) URL with a time limit and a size cap, streaming the body so an oversized
 * response is cut off rather than buffered. Every connection, redirect hops included, goes
 * through the fetch guard, which refuses private and internal addresses unless allowed.
 * Every failure is an IngestError with a message fit to show the user.
 */
export async function fetchResource(rawUrl: string, options: FetchOptions): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const url = cleanUrl(rawUrl);
  if (!url) throw new IngestError(`"${rawUrl}" is not an http(s) URL`, 'bad_url');
  const href = url.toString();
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    const dispatcher = options.dispatcher ?? sharedGuard(options.allowPrivateUrls ?? false);
    response = await fetch(href, {
      signal,
      dispatcher,
      redirect: 'follow',
      headers: {
        'user-agent': 'minerals-bot/0.1',
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5',
      },
    });
  } catch (error) {
    throw networkError(error, href, timeoutMs);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new IngestError(
      `${href} returned HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      'http_status',
    );
  }
  if (!options.accept(mediaType)) {
    await response.body?.cancel().catch(() => undefined);
    throw new IngestError(`${href} ${describe(mediaType, options.expected)}`, 'not_html');
  }
  const tooLarge = () =>
    new IngestError(
      `${href} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; not downloaded`,
      'too_large',
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge();
        }
        chunks.push(value);
      }
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw networkError(error, href, timeoutMs);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.subarray(0, 1024).includes(0))
    throw new IngestError(`${href} is binary data, not ${options.expected}`, 'not_html');
  return {
    url: response.url || href,
    mediaType,
    text: decode(bytes, charsetOf(contentType, bytes.subarray(0, 1024))),
  };
}
