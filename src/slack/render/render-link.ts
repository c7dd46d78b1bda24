import { escapeMrkdwn } from './escape-mrkdwn.js';

/**
 * `<url|label>` when `url` is an absolute http(s) address, else the label alone. `label` must
 * already be escaped mrkdwn. The URL is re-serialised by WHATWG URL (spaces and angle brackets
 * percent-encoded) and `|` is encoded too, so no address can end the link early or inject markup.
 */
export function renderLink(url: string | null | undefined, label: string): string {
  const href = safeHref(url);
  return href ? `<${href}|${label}>` : label;
}

/** The address as it may appear inside `<...>`, or null when it is not an http(s) URL. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return escapeMrkdwn(parsed.href.replace(/\|/g, '%7C'));
}
