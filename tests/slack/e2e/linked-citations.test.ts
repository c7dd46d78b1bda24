import { createEngine } from '../../../src/engine/index.js';
import { createAddCommand } from '../../../src/slack/commands/add-command.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import { newsPage, send } from '../../corpus/support/serve.js';
import { STORIES } from '../../corpus/support/temp-corpus.js';
import { sendSlashCommand } from '../support/send-signed.js';
import { startIngestingApp, type IngestingApp } from '../support/start-ingesting-app.js';

let app: IngestingApp;
let seq = 0;

beforeAll(async () => {
  const logger = createLogger({ level: 'error', secrets: [], write: () => {} });
  app = await startIngestingApp({
    routes: {
      '/kabwe': send(
        'text/html; charset=utf-8',
        newsPage({ ...STORIES.kabwe, paragraphs: [...STORIES.kabwe.paragraphs], site: 'Copperbelt Times' }),
      ),
    },
    seedCount: 2,
    subcommands: (service) => [createAddCommand({ ingestUrl: service.ingestUrl, logger })],
  });
});
afterAll(() => app.close());

async function command(text: string, until: (body: Record<string, unknown>) => boolean) {
  const id = `link${++seq}`;
  await sendSlashCommand(app.t.eventsUrl, { text, responseUrl: app.t.fake.responseUrl(id) });
  // Fetching starts the extractor worker: allow for a busy machine.
  return (await app.t.fake.waitFor(() => app.t.fake.responsesTo(id).find((r) => until(r.body)), 30_000)).body;
}

test('an article fetched with /minerals add is cited with a link to its page, in answers and in sources', async () => {
  const url = app.site.url('/kabwe');
  const added = await command(`add ${url}`, (b) => String(b.text).includes('Added'));
  expect(String(added.text)).toContain(STORIES.kabwe.title);

  const answer = await command('ask How much germanium residue will the Kabwe smelter refine?', (b) =>
    Array.isArray(b.blocks),
  );
  const shown = JSON.stringify(answer.blocks);
  expect(shown).toContain(`*<${url}|${STORIES.kabwe.title}>*`);

  const sources = JSON.stringify((await command('sources', (b) => Array.isArray(b.blocks))).blocks);
  expect(sources).toContain(`<${url}|${STORIES.kabwe.title}>`);
  // Seeds without a known address stay plain titles.
  const plain = app.corpus.engine.articles().find((a) => a.url === null);
  expect(plain).toBeDefined();
  expect(sources).not.toContain(`|${plain!.title}>`);
}, 60_000);

test('a URL: line in a seed file front matter becomes the citation url; anything but http(s) is dropped', () => {
  const file = (name: string, url: string) => ({
    name,
    bytes: new TextEncoder().encode(
      `---\nTitle: Cobalt levy\nURL: ${url}\n---\nThe Congolese cobalt levy rose to ten percent in March, the mines ministry said.\n`,
    ),
  });
  const { engine } = createEngine([
    file('a.txt', 'https://news.example/cobalt levy?a=1|2'),
    file('b.txt', 'javascript:alert(1)'),
  ]);
  const answer = engine.ask('What did the cobalt levy rise to?');
  const urls = Object.fromEntries([...answer.citations, ...answer.more].map((c) => [c.article, c.url]));
  expect(urls['a.txt']).toBe('https://news.example/cobalt%20levy?a=1|2');
  expect(urls['b.txt']).toBeNull();
});
