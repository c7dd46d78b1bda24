import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP server standing in for news sites and feeds. */
export async function serve(routes: Record<string, Route>) {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    hits: (path: string) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const send =
  (type: string, body: string | Buffer): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': type }).end(body);
  };

/** A news page with metadata in meta tags and JSON-LD, and clutter around the article. */
export function newsPage(o: {
  title: string;
  paragraphs: string[];
  canonical?: string;
  site?: string;
  author?: string;
  published?: string;
  jsonLd?: boolean;
}): string {
  const ld = o.jsonLd
    ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: o.title, datePublished: o.published, author: { '@type': 'Person', name: o.author }, publisher: { '@type': 'Organization', name: o.site } })}</script>`
    : '';
  const metas = o.jsonLd
    ? ''
    : [
        o.site && `<meta property="og:site_name" content="${o.site}">`,
        o.author && `<meta name="author" content="${o.author}">`,
        o.published && `<meta property="article:published_time" content="${o.published}">`,
      ]
        .filter(Boolean)
        .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${o.title} | ${o.site ?? 'News'}</title>
${o.canonical ? `<link rel="canonical" href="${o.canonical}">` : ''}${metas}${ld}</head>
<body><header><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/sub">Subscribe</a></nav></header>
<main><article><h1>${o.title}</h1>${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Ten gadgets</a></li><li><a href="/y">Stock tips</a></li></ul></aside>
<footer>© 2026 Example Media. All rights reserved.</footer></body></html>`;
}
