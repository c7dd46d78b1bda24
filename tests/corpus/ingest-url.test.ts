import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArticleExtractor } from '../../src/corpus/create-extractor.js';
import { createIngestService, type IngestService } from '../../src/corpus/create-ingest-service.js';
import { IngestError } from '../../src/corpus/ingest-error.js';
import { newsPage, send, serve } from './support/serve.js';
import { STORIES, tempCorpus } from './support/temp-corpus.js';

// One worker for the file: it takes about a second to start.
const extractor = createArticleExtractor();
afterAll(() => extractor.close());
let site: Awaited<ReturnType<typeof serve>>;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let service: IngestService;

const kabwePage = (extra: Partial<Parameters<typeof newsPage>[0]> = {}) =>
  newsPage({
    ...STORIES.kabwe,
    paragraphs: [...STORIES.kabwe.paragraphs],
    site: 'Copperbelt Times',
    author: 'Chanda Mulenga',
    published: '2026-01-12T08:00:00+02:00',
    ...extra,
  });

beforeAll(async () => {
  site = await serve({
    '/kabwe': send('text/html; charset=utf-8', kabwePage()),
    '/syndicated/kabwe-wire': send(
      'text/html',
      kabwePage({
        title: 'Zambia: germanium plant planned at Kabwe',
        site: 'Wire Mirror',
        paragraphs: [...STORIES.kabwe.paragraphs, '(Reporting by the wire desk; editing by staff)'],
      }),
    ),
    '/amp/kabwe': (req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end(
        kabwePage({
          canonical: `http://${req.headers.host}/kabwe`,
          title: 'Different headline, same canonical',
        }),
      ),
    '/lobito': send(
      'text/html',
      newsPage({
        ...STORIES.lobito,
        paragraphs: [...STORIES.lobito.paragraphs],
        jsonLd: true,
        site: 'Rail Report',
        author: 'Ana Ruiz',
        published: '2026-02-03',
      }),
    ),
    '/report.pdf': send('application/pdf', '%PDF-1.4 binary'),
    '/photo': send('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0])),
    '/login': send(
      'text/html',
      '<html><body><form><input name=u><button>Sign in</button></form></body></html>',
    ),
    '/huge': send('text/html', `<html><body>${'<p>filler text</p>'.repeat(2000)}</body></html>`),
    '/slow': () => undefined,
  });
});
afterAll(() => site.close());
beforeEach(async () => {
  corpus = await tempCorpus(2);
  service = createIngestService({
    extractor,
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    fetchOptions: { timeoutMs: 500, maxBytes: 16 * 1024, allowPrivateUrls: true },
    saveDelayMs: 10,
  });
});
afterEach(async () => {
  await service.close();
  await corpus.cleanup();
});

test('fetches a page, stores it with front matter and makes it answerable', async () => {
  const outcome = await service.ingestUrl(site.url('/kabwe?utm_source=newsletter'));
  expect(outcome).toMatchObject({
    status: 'added',
    title: STORIES.kabwe.title,
    source: 'Copperbelt Times',
    date: '2026-01-12',
  });
  if (outcome.status !== 'added') throw new Error('not added');
  expect(outcome.file).toMatch(/^kabwe-smelter-to-refine-germanium-residue_[0-9a-f]{8}\.txt$/);
  expect(outcome.passageCount).toBeGreaterThanOrEqual(3);
  const text = await readFile(join(corpus.seedsDir, outcome.file), 'utf8');
  expect(text).toBe(
    `---\ntitle: ${STORIES.kabwe.title}\nsource: Copperbelt Times\nurl: ${site.url('/kabwe')}\nauthor: Chanda Mulenga\npublished: 2026-01-12\n---\n${STORIES.kabwe.paragraphs.join('\n\n')}\n`,
  );
  const answer = corpus.engine.ask('How much germanium residue will the Kabwe smelter refine?');
  expect(answer.found).toBe(true);
  expect(answer.citations[0]).toMatchObject({ article: outcome.file, source: 'Copperbelt Times' });
  expect(corpus.engine.article(outcome.file)).toMatchObject({
    author: 'Chanda Mulenga',
    url: site.url('/kabwe'),
    published: '2026-01-12',
  });
});

test('metadata from JSON-LD reaches the stored article', async () => {
  const outcome = await service.ingestUrl(site.url('/lobito'));
  expect(outcome).toMatchObject({ status: 'added', source: 'Rail Report', date: '2026-02-03' });
});

test('the same article again is refused as "already have it": same URL, same canonical URL, or syndicated text', async () => {
  const first = await service.ingestUrl(site.url('/kabwe'));
  if (first.status !== 'added') throw new Error('not added');
  const listing = await corpus.listing();
  const count = corpus.engine.articles().length;
  const fetched = site.hits('/kabwe');

  expect(await service.ingestUrl(site.url('/kabwe#comments'))).toMatchObject({
    status: 'duplicate',
    file: first.file,
    reason: 'url',
  });
  expect(site.hits('/kabwe')).toBe(fetched);
  expect(await service.ingestUrl(site.url('/amp/kabwe'))).toMatchObject({
    status: 'duplicate',
    file: first.file,
    reason: 'url',
  });
  expect(await service.ingestUrl(site.url('/syndicated/kabwe-wire'))).toMatchObject({
    status: 'duplicate',
    file: first.file,
    reason: 'text',
  });

  expect(await corpus.listing()).toEqual(listing);
  expect(corpus.engine.articles().length).toBe(count);
  // A different story on a related subject still goes in.
  expect((await service.ingestUrl(site.url('/lobito'))).status).toBe('added');
});

test.each([
  ['/missing', 'http_status', /HTTP 404/],
  ['/report.pdf', 'not_html', /PDF/],
  ['/photo', 'not_html', /image/],
  ['/login', 'no_text', /no article text/],
  ['/huge', 'too_large', /larger than/],
  ['/slow', 'timeout', /did not respond/],
])('%s is refused (%s) with nothing stored', async (path, code, message) => {
  const listing = await corpus.listing();
  const hashes = corpus.engine.hashes();
  const error = await service.ingestUrl(site.url(path)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).code).toBe(code);
  expect((error as Error).message).toMatch(message);
  expect(await corpus.listing()).toEqual(listing);
  expect(corpus.engine.hashes()).toEqual(hashes);
});

test('an unreachable host and a non-URL are refused clearly', async () => {
  const closed = await serve({});
  const url = closed.url('/x');
  await closed.close();
  await expect(service.ingestUrl(url)).rejects.toMatchObject({ code: 'unreachable' });
  await expect(service.ingestUrl('not a link')).rejects.toMatchObject({
    code: 'bad_url',
    message: expect.stringMatching(/not an http\(s\) URL/),
  });
});
