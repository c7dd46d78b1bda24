const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_hs.*|ref|ref_src|cmpid|ocid|smid|sr_share|share|cid|icid|ito|taid|s_cid|mkt_tok|spm)$/i;

/**
 * Parses an http(s) URL and strips what does not identify the page: the fragment,
 * tracking parameters, a default port and a trailing slash. Returns null for anything else.
 */
export function cleanUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/**
 * A comparison key under which the same page's URLs coincide: cleaned, and ignoring the
 * scheme, a leading `www.` and letter case of the host. Null when `raw` is not an http(s) URL.
 */
export function urlKey(raw: string): string | null {
  const url = cleanUrl(raw);
  if (!url) return null;
  const host = url.host.toLowerCase().replace(/^www\./, '');
  return `${host}${url.pathname}${url.search}`;
}
