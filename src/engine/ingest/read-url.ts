/**
 * An article's address from front matter: an absolute http(s) URL in WHATWG form, or null.
 * Anything else (relative paths, `javascript:`, typos) is not a link we can offer a reader.
 */
export function readUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
