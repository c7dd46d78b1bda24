import { createIngestService, type IngestService } from '../../../src/corpus/create-ingest-service.js';
import { createAddCommand, unwrapSlackLink } from '../../../src/slack/commands/add-command.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import { newsPage, send, serve } from '../../corpus/support/serve.js';
import { STORIES, tempCorpus } from '../../corpus/support/temp-corpus.js';
import { sendSlashCommand } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let site: Awaited<ReturnType<typeof serve>>;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let service: IngestService;
let t: TestApp;
let seq = 0;

beforeAll(async () => {
  site = await serve({
    '/kabwe': send(
      'text/html',
      newsPage({
        ...STORIES.kabwe,
        title: 'Kabwe <b>smelter</b> & <!channel> plan',
        paragraphs: [...STORIES.kabwe.paragraphs],
        site: 'Copperbelt Times',
        published: '2026-01-12',
      }),
    ),
    '/report.pdf': send('application/pdf', '%PDF-1.4'),
  });
  corpus = await tempCorpus(1);
  service = createIngestService({
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    fetchOptions: { allowPrivateUrls: true },
  });
  const logger = createLogger({ level: 'error', secrets: [], write: () => undefined });
  t = await startTestApp({
    engine: corpus.engine,
    subcommands: [createAddCommand({ ingestUrl: service.ingestUrl, logger })],
  });
  // Adding is for editors; with MINERALS_EDITORS unset, workspace admins are editors.
  t.fake.users.set('U0ASKER', { is_admin: true });
});
afterAll(async () => {
  await t.close();
  await service.close();
  await corpus.cleanup();
  await site.close();
});

/** Sends `/minerals <text>` and returns the texts posted to its response_url once `count` have arrived. */
async function command(text: string, count: number): Promise<string[]> {
  const id = `add${++seq}`;
  const ack = await sendSlashCommand(t.eventsUrl, { text, responseUrl: t.fake.responseUrl(id) });
  expect(ack.status).toBe(200);
  const replies = await t.fake.waitFor(
    () => t.fake.responsesTo(id).length >= count && t.fake.responsesTo(id),
    // Generous: an add starts the extractor thread (jsdom), which took over 10 s at load 15-20.
    30_000,
  );
  return replies.map((r) => String(r.body.text));
}

test('unwraps links the way Slack formats them', () => {
  expect(unwrapSlackLink(' <https://a.test/x?a=1&amp;b=2|a.test/x> ')).toBe('https://a.test/x?a=1&b=2');
  expect(unwrapSlackLink('<https://a.test/y>')).toBe('https://a.test/y');
  expect(unwrapSlackLink('https://a.test/z')).toBe('https://a.test/z');
});

test('/minerals add <url> stores the article and says what was added, escaped', async () => {
  const replies = await command(`add <${site.url('/kabwe')}>`, 2);
  expect(replies[0]).toMatch(/Fetching/);
  expect(replies[1]).toMatch(
    /Added \*Kabwe &lt;b&gt;smelter&lt;\/b&gt; &amp; &lt;!channel&gt; plan\* \(Copperbelt Times · 2026-01-12 · 3 passages\)/,
  );
  expect(replies[1]).not.toMatch(/<!channel>/);
  expect(corpus.engine.ask('How much germanium residue will the Kabwe smelter refine?').found).toBe(true);
});

test('adding it again says "already have it"', async () => {
  const replies = await command(`add ${site.url('/kabwe')}?utm_source=slack`, 2);
  expect(replies[1]).toMatch(/^Already have it: \*Kabwe/);
});

test('a PDF, a 404 and a missing link get clear replies', async () => {
  expect((await command(`add ${site.url('/report.pdf')}`, 2))[1]).toMatch(
    /Not added: .*is a PDF, not a web page/,
  );
  expect((await command(`add ${site.url('/nothing')}`, 2))[1]).toMatch(/Not added: .*HTTP 404/);
  expect((await command('add', 1))[0]).toMatch(/Give me one link/);
});
