import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIngestService, type IngestService } from '../../../src/corpus/create-ingest-service.js';
import { createFeedPoller, fetchFeed } from '../../../src/corpus/poll-feeds.js';
import { createFeedCommands } from '../../../src/slack/commands/feed-command.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import type { FeedStore } from '../../../src/storage/feed-store.js';
import { createLowdbFeedStore } from '../../../src/storage/lowdb-feed-store.js';
import { newsPage, send, serve } from '../../corpus/support/serve.js';
import { STORIES, tempCorpus } from '../../corpus/support/temp-corpus.js';
import { sendSlashCommand } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let site: Awaited<ReturnType<typeof serve>>;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let service: IngestService;
let store: FeedStore;
let storeDir: string;
let t: TestApp;
let seq = 0;

beforeAll(async () => {
  site = await serve({
    '/rss': (req, res) => {
      const base = `http://${req.headers.host}`;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<rss version="2.0"><channel><title>Metals &amp; &lt;Wire&gt;</title>
          <item><title>Germanium plant</title><link>${base}/kabwe</link><guid>k</guid><description>germanium</description></item>
          <item><title>Gold record</title><link>${base}/gold</link><guid>g</guid></item></channel></rss>`,
      );
    },
    '/not-a-feed': send('text/html', '<html><body>hello</body></html>'),
    '/kabwe': send('text/html', newsPage({ ...STORIES.kabwe, paragraphs: [...STORIES.kabwe.paragraphs] })),
  });
  corpus = await tempCorpus(1);
  service = createIngestService({
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    fetchOptions: { allowPrivateUrls: true },
  });
  storeDir = await mkdtemp(join(tmpdir(), 'feeds-'));
  store = await createLowdbFeedStore(join(storeDir, 'feeds.json'));
  const poller = createFeedPoller({
    store,
    ingestUrl: service.ingestUrl,
    intervalMinutes: 60,
    fetchOptions: { allowPrivateUrls: true },
  });
  const logger = createLogger({ level: 'error', secrets: [], write: () => undefined });
  t = await startTestApp({
    engine: corpus.engine,
    subcommands: createFeedCommands({
      store,
      fetchFeed: (url) => fetchFeed(url, { allowPrivateUrls: true }),
      pollFeed: poller.pollFeed,
      intervalMinutes: 60,
      logger,
    }),
  });
  // Adding is for editors; with MINERALS_EDITORS unset, workspace admins are editors.
  t.fake.users.set('U0ASKER', { is_admin: true });
});
afterAll(async () => {
  await t.close();
  await service.close();
  await corpus.cleanup();
  await rm(storeDir, { recursive: true, force: true });
  await site.close();
});

async function command(text: string, count: number): Promise<string[]> {
  const id = `feed${++seq}`;
  expect((await sendSlashCommand(t.eventsUrl, { text, responseUrl: t.fake.responseUrl(id) })).status).toBe(
    200,
  );
  const replies = await t.fake.waitFor(
    () => t.fake.responsesTo(id).length >= count && t.fake.responsesTo(id),
    // Generous: an add starts the extractor thread (jsdom), which took over 10 s at load 15-20.
    30_000,
  );
  return replies.map((r) => String(r.body.text));
}

test('feed add follows a feed, ingests matching items at once; list and remove work', async () => {
  const added = await command(`feed add <${site.url('/rss')}> "germanium OR cobalt"`, 2);
  expect(added[0]).toMatch(
    /Following \*Metals &amp; &lt;Wire&gt;\* \(2 items now\)\. New items matching _germanium OR cobalt_ are added every 60 min/,
  );
  expect(added[1]).toMatch(
    /From \*Metals &amp; &lt;Wire&gt;\*: 1 added, 0 already held, 1 filtered out\.\n• Kabwe smelter/,
  );
  expect(corpus.engine.ask('How much germanium residue will the Kabwe smelter refine?').found).toBe(true);

  expect((await command(`feed add ${site.url('/rss')}`, 1))[0]).toMatch(/Already following/);
  const list = (await command('feed list', 1))[0];
  expect(list).toContain(site.url('/rss'));
  expect(list).toMatch(/keywords: _germanium OR cobalt_ — checked/);

  expect((await command(`feed remove ${site.url('/rss')}`, 1))[0]).toMatch(/Stopped following/);
  expect((await command(`feed remove ${site.url('/rss')}`, 1))[0]).toMatch(/I am not following/);
  expect((await command('feed list', 1))[0]).toMatch(/No feeds yet/);
});

test('feed add refuses what is not a feed, and stores nothing', async () => {
  expect((await command(`feed add ${site.url('/not-a-feed')}`, 1))[0]).toMatch(
    /Not following it: .*is a web page, not an RSS or Atom feed/,
  );
  expect((await command(`feed add ${site.url('/gone')}`, 1))[0]).toMatch(/Not following it: .*HTTP 404/);
  expect((await command('feed add nonsense', 1))[0]).toMatch(/Give me a feed link/);
  expect(await store.list()).toEqual([]);
});
