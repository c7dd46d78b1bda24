import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArticleExtractor } from '../../src/corpus/create-extractor.js';
import { createIngestService, type IngestService } from '../../src/corpus/create-ingest-service.js';
import { createFeedPoller } from '../../src/corpus/poll-feeds.js';
import type { Feed, FeedStore } from '../../src/storage/feed-store.js';
import { createLowdbFeedStore } from '../../src/storage/lowdb-feed-store.js';
import { newsPage, send, serve } from './support/serve.js';
import { STORIES, tempCorpus } from './support/temp-corpus.js';

// One worker for the file: it takes about a second to start.
const extractor = createArticleExtractor();
afterAll(() => extractor.close());
let site: Awaited<ReturnType<typeof serve>>;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let service: IngestService;
let store: FeedStore;
let storeDir: string;
let rss = '';

const page = (s: (typeof STORIES)[keyof typeof STORIES]) =>
  send('text/html', newsPage({ ...s, paragraphs: [...s.paragraphs], site: 'Feed Site' }));
const item = (title: string, path: string, description = '') =>
  `<item><title>${title}</title><link>${site.url(path)}</link><guid>${path}</guid><description>${description}</description></item>`;

beforeAll(async () => {
  site = await serve({
    '/rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss),
    '/atom': (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/atom+xml' })
        .end(
          `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Mining</title><entry><title>Lobito cobalt route</title><id>urn:1</id><link href="${site.url('/lobito')}"/></entry></feed>`,
        ),
    '/broken': send('application/rss+xml', '<rss><channel><item><title>oops</channel>'),
    '/kabwe': page(STORIES.kabwe),
    '/lobito': page(STORIES.lobito),
    '/gold': send(
      'text/html',
      newsPage({
        title: 'Gold hits record',
        paragraphs: [
          'Gold prices rose to a record on Friday as investors sought safety, dealers in London and Zurich said after a volatile week.'.repeat(
            2,
          ),
        ],
      }),
    ),
  });
});
afterAll(() => site.close());
beforeEach(async () => {
  corpus = await tempCorpus(1);
  service = createIngestService({
    extractor,
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    fetchOptions: { timeoutMs: 2000, allowPrivateUrls: true },
  });
  storeDir = await mkdtemp(join(tmpdir(), 'feed-store-'));
  store = await createLowdbFeedStore(join(storeDir, 'feeds.json'));
});
afterEach(async () => {
  await service.close();
  await corpus.cleanup();
  await rm(storeDir, { recursive: true, force: true });
});

const follow = async (path: string, keywords: string | null): Promise<Feed> => {
  const feed: Feed = {
    url: site.url(path),
    title: path,
    keywords,
    addedBy: null,
    addedAt: new Date().toISOString(),
    lastPolledAt: null,
    lastError: null,
  };
  await store.add(feed);
  return feed;
};

test('new items matching the keywords are ingested once; others are filtered; dead links reported', async () => {
  rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Metals Wire</title>
    ${item('Germanium plant for Kabwe', '/kabwe', 'A germanium refinery in Zambia')}
    ${item('Gold hits record', '/gold', 'Bullion rallies')}
    ${item('Cobalt rail link', '/lobito', 'Cobalt exports speed up')}
    ${item('Lithium deal collapses', '/gone', 'Lithium')}</channel></rss>`;
  const poller = createFeedPoller({
    store,
    ingestUrl: service.ingestUrl,
    intervalMinutes: 60,
    fetchOptions: { allowPrivateUrls: true },
  });
  const feed = await follow('/rss', 'germanium OR cobalt OR lithium');

  const first = await poller.pollFeed(feed);
  expect(first.added.map((a) => a.title).sort()).toEqual([STORIES.lobito.title, STORIES.kabwe.title].sort());
  expect(first.filtered).toBe(1);
  expect(first.failed).toEqual([{ url: site.url('/gone'), message: expect.stringMatching(/HTTP 404/) }]);
  expect(site.hits('/gold')).toBe(0);
  expect(corpus.engine.ask('How much germanium residue will the Kabwe smelter refine?').found).toBe(true);
  expect(await store.get(feed.url)).toMatchObject({
    title: 'Metals Wire',
    lastError: null,
    lastPolledAt: expect.any(String),
  });

  const second = await poller.pollFeed(feed);
  expect(second).toMatchObject({ added: [], duplicates: 0, filtered: 0, failed: [] });
  expect(site.hits('/kabwe')).toBe(1);
});

test('an item already held through another feed counts as a duplicate', async () => {
  rss = `<rss version="2.0"><channel><title>W</title>${item('Cobalt rail link', '/lobito')}</channel></rss>`;
  const poller = createFeedPoller({
    store,
    ingestUrl: service.ingestUrl,
    intervalMinutes: 60,
    fetchOptions: { allowPrivateUrls: true },
  });
  await poller.pollFeed(await follow('/rss', null));
  const report = await poller.pollFeed(await follow('/atom', 'cobalt'));
  expect(report).toMatchObject({ added: [], duplicates: 1 });
});

test('a malformed or missing feed is reported and remembered, and polling carries on', async () => {
  const logs: string[] = [];
  const poller = createFeedPoller({
    store,
    ingestUrl: service.ingestUrl,
    intervalMinutes: 60,
    fetchOptions: { allowPrivateUrls: true },
    log: (l) => logs.push(l),
  });
  await follow('/broken', null);
  await follow('/nofeed', null);
  await follow('/atom', null);
  const reports = await poller.pollAll();
  expect(reports.map((r) => r.error === null)).toEqual([false, false, true]);
  expect(reports[0]?.error).toMatch(/not a valid RSS or Atom feed/);
  expect(reports[1]?.error).toMatch(/HTTP 404/);
  expect(reports[2]?.added).toHaveLength(1);
  expect((await store.get(site.url('/broken')))?.lastError).toMatch(/RSS or Atom/);
});
