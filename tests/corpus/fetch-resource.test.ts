import { fetchResource, type FetchOptions } from '../../src/corpus/fetch-resource.js';
import { IngestError } from '../../src/corpus/ingest-error.js';
import { closedPort } from '../support/closed-port.js';
import { send, serve } from './support/serve.js';

// The test sites listen on loopback, so these fetches run as with MINERALS_ALLOW_PRIVATE_URLS=true.
const html: FetchOptions = {
  accept: (t) => t === 'text/html' || t === '',
  expected: 'a web page',
  timeoutMs: 2000,
  allowPrivateUrls: true,
};
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve({
    '/ok': send('text/html; charset=utf-8', '<p>Grüße</p>'),
    '/latin1': send(
      'text/html; charset=iso-8859-1',
      Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]),
    ),
    '/pdf': send('application/pdf', '%PDF-1.7 ...'),
    '/png': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
    '/binary-as-html': send('text/html', Buffer.from([0x3c, 0, 0, 1, 2, 3])),
    '/gone': (_req, res) => void res.writeHead(410, 'Gone').end(),
    '/redirect': (_req, res) => void res.writeHead(302, { location: '/ok' }).end(),
    '/hang': () => undefined,
    '/big-declared': (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/html', 'content-length': String(5000) })
        .end('x'.repeat(5000)),
    '/big-streamed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = 'y'.repeat(1024);
      let sent = 0;
      const pump = () => {
        while (sent < 1000 && res.write(chunk)) sent++;
        if (sent < 1000 && !res.destroyed) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
  });
});
afterAll(() => site.close());

async function failure(url: string, options: FetchOptions = html): Promise<IngestError> {
  const error = await fetchResource(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

test('fetches and decodes a page, following redirects', async () => {
  const page = await fetchResource(site.url('/redirect'), html);
  expect(page).toMatchObject({ url: site.url('/ok'), mediaType: 'text/html', text: '<p>Grüße</p>' });
  expect((await fetchResource(site.url('/latin1'), html)).text).toBe('<p>é</p>');
});

test('refuses PDFs, images and binary bodies by name', async () => {
  expect((await failure(site.url('/pdf'))).message).toMatch(/is a PDF, not a web page/);
  expect((await failure(site.url('/png'))).message).toMatch(/is an image, not a web page/);
  expect((await failure(site.url('/binary-as-html'))).message).toMatch(/binary/);
});

test('reports HTTP errors with their status', async () => {
  const e = await failure(site.url('/missing'));
  expect(e.code).toBe('http_status');
  expect(e.message).toMatch(/HTTP 404/);
  expect((await failure(site.url('/gone'))).message).toMatch(/HTTP 410 Gone/);
});

test('caps the download, whether or not the size is declared', async () => {
  const capped = { ...html, maxBytes: 4096 };
  expect((await failure(site.url('/big-declared'), capped)).code).toBe('too_large');
  const streamed = await failure(site.url('/big-streamed'), { ...html, maxBytes: 64 * 1024 });
  expect(streamed.code).toBe('too_large');
  expect(streamed.message).toMatch(/larger than/);
});

test('times out on a server that never answers', async () => {
  const e = await failure(site.url('/hang'), { ...html, timeoutMs: 300 });
  expect(e.code).toBe('timeout');
  expect(e.message).toMatch(/did not respond within/);
});

test('reports an unreachable host and a non-http URL', async () => {
  const port = await closedPort();
  const e = await failure(`http://127.0.0.1:${port}/x`);
  expect(e.code).toBe('unreachable');
  expect(e.message).toBe(`could not reach http://127.0.0.1:${port}/x`);
  expect((await failure('file:///etc/passwd')).code).toBe('bad_url');
});
