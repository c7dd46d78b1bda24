import { createArticleExtractor } from '../../src/corpus/create-extractor.js';
import { createIngestService } from '../../src/corpus/create-ingest-service.js';
import { IngestError } from '../../src/corpus/ingest-error.js';
import { newsPage, send, serve } from './support/serve.js';
import { STORIES, tempCorpus } from './support/temp-corpus.js';

/**
 * Deeply repetitive markup: a few hundred KB of it keeps jsdom and Readability busy for many seconds and
 * hundreds of MB.
 */
function hugePage(bytes: number): string {
  const block =
    '<div class="x"><p>Lithium prices rose as <a href="/a">miners</a> cut output in the <span>Atacama</span>.</p></div>\n';
  return `<html><body><article><h1>Everything about lithium</h1>${block.repeat(Math.ceil(bytes / block.length))}</article></body></html>`;
}
const story = (s: { title: string; paragraphs: readonly string[] }, site: string) =>
  newsPage({ ...s, paragraphs: [...s.paragraphs], site });

test('a page over the memory budget is refused, the three normal adds queued behind it succeed, and the thread is replaced', async () => {
  const site = await serve({
    '/huge': send('text/html', hugePage(1024 * 1024)),
    '/kabwe': send('text/html', story(STORIES.kabwe, 'Copperbelt Times')),
    '/lobito': send('text/html', story(STORIES.lobito, 'Rail Report')),
    '/kabwe-again': send(
      'text/html',
      story({ ...STORIES.kabwe, title: 'Kabwe germanium plan, a second report' }, 'Other Times'),
    ),
  });
  const corpus = await tempCorpus(1);
  const extractor = createArticleExtractor({ maxMemoryMb: 96, timeoutMs: 30_000 });
  const service = createIngestService({
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    extractor,
    fetchOptions: { allowPrivateUrls: true },
  });
  try {
    const outcomes = await Promise.allSettled(
      ['/huge', '/kabwe', '/lobito'].map((path) => service.ingestUrl(site.url(path))),
    );
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 'too_large' } });
    expect((outcomes[0] as PromiseRejectedResult).reason.message).toMatch(
      /too large to read \(over the 96 MB memory budget\)/,
    );
    expect(outcomes.slice(1).map((o) => o.status === 'fulfilled' && o.value.status)).toEqual([
      'added',
      'added',
    ]);
    // The replacement thread keeps working.
    expect((await service.ingestUrl(site.url('/kabwe-again'))).status).toMatch(/added|duplicate/);
    expect(corpus.engine.ask('How much germanium residue will the Kabwe smelter refine?').found).toBe(true);
  } finally {
    await service.close();
    await extractor.close();
    await corpus.cleanup();
    await site.close();
  }
}, 60_000);

test("a page's time limit counts from when its extraction starts, not from when it was queued", async () => {
  // A small page takes tens of ms when quiet, but the first one in a fresh thread took over 2 s at load 20:
  // 5 s keeps a margin, and the huge page still needs far longer.
  const timeoutMs = 5000;
  const extractor = createArticleExtractor({ timeoutMs });
  try {
    // Start the thread first, so the slow page's clock is all extraction.
    await extractor.extract(story(STORIES.kabwe, 'Warm Up'), 'https://news.test/warm');
    const started = performance.now();
    const slow = extractor.extract(hugePage(600 * 1024), 'https://news.test/slow').then(
      () => null,
      (e: unknown) => e,
    );
    const normal = [STORIES.kabwe, STORIES.lobito, STORIES.kabwe].map((s, i) =>
      extractor
        .extract(story(s, 'Queue Times'), `https://news.test/normal-${i}`)
        .then((article) => ({ title: article.title, waited: performance.now() - started })),
    );
    const timedOut = await slow;
    expect(timedOut).toBeInstanceOf(IngestError);
    expect(timedOut).toMatchObject({ code: 'timeout' });
    const done = await Promise.all(normal);
    expect(done.map((d) => d.title)).toEqual([
      STORIES.kabwe.title,
      STORIES.lobito.title,
      STORIES.kabwe.title,
    ]);
    // They waited longer than the limit behind the slow page and still were not timed out.
    expect(Math.min(...done.map((d) => d.waited))).toBeGreaterThan(timeoutMs);
  } finally {
    await extractor.close();
  }
}, 60_000);

test('HTML over the size budget is refused without being handed to the thread', async () => {
  const extractor = createArticleExtractor({ maxHtmlBytes: 64 * 1024 });
  try {
    const error = await extractor.extract(hugePage(100 * 1024), 'https://news.test/big').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'too_large',
      message: 'https://news.test/big is too large to read (over 64 KB of HTML); skipped',
    });
  } finally {
    await extractor.close();
  }
});
