import { escapeMrkdwn } from './escape-mrkdwn.js';

const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` characters, cutting at the last word boundary that fits
 * and appending "…". Text that already fits is returned unchanged. Never splits a surrogate pair.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const budget = max - ELLIPSIS.length;
  let cut = budget;
  const space = text.lastIndexOf(' ', budget);
  const boundary = Math.max(space, text.lastIndexOf('\n', budget));
  // Only fall back to a hard cut when the text has no usable word boundary (one huge word).
  if (boundary > budget / 2) cut = boundary;
  else if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Escapes raw text for mrkdwn and truncates it so the *escaped* result fits `max`,
 * cutting the raw text (never an `&amp;` entity in half).
 */
export function escapeAndTruncate(text: string, max: number): string {
  let limit = max;
  for (;;) {
    const out = escapeMrkdwn(truncateText(text, limit));
    if (out.length <= max || limit <= 1) return out;
    limit -= out.length - max;
  }
}
