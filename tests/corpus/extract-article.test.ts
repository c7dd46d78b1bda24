import { createArticleExtractor } from '../../src/corpus/create-extractor.js';
import { toIsoDate } from '../../src/corpus/to-iso-date.js';
import { IngestError } from '../../src/corpus/ingest-error.js';
import { newsPage } from './support/serve.js';

// jsdom cannot load inside jest's module system on Node 20, and the app runs extraction in a worker anyway.
const extractor = createArticleExtractor();
const extractArticle = (html: string, url: string) => extractor.extract(html, url);
afterAll(() => extractor.close());

const body = [
  'Cobalt refiners in Zambia said on Tuesday that a new export corridor through Lobito would cut shipping times to Europe by nine days.',
  'The corridor links the Copperbelt to the Atlantic coast and was financed by a consortium of development banks, the ministry said.',
  'Analysts expect the route to carry 400,000 tonnes of copper and cobalt concentrate a year once the rail upgrade is complete.',
];

test('takes main text and meta-tag metadata, leaves navigation and footer behind', async () => {
  const html = newsPage({
    title: 'Zambia opens cobalt corridor',
    paragraphs: body,
    canonical: '/news/cobalt-corridor?utm_source=x',
    site: 'Mining Daily',
    author: 'Jane Okafor',
    published: '2026-01-13T22:30:00-05:00',
  });
  const a = await extractArticle(html, 'http://example.test/news/cobalt-corridor?ref=home');
  expect(a.title).toBe('Zambia opens cobalt corridor');
  expect(a.source).toBe('Mining Daily');
  expect(a.author).toBe('Jane Okafor');
  expect(a.published).toBe('2026-01-13');
  expect(a.url).toBe('http://example.test/news/cobalt-corridor');
  expect(a.paragraphs).toEqual(body);
  expect(a.paragraphs.join(' ')).not.toMatch(/Subscribe|Most read|All rights reserved/);
});

test('reads metadata from JSON-LD', async () => {
  const html = newsPage({
    title: 'Lithium prices slide',
    paragraphs: body,
    site: 'Wire Service',
    author: 'Ana Ruiz',
    published: '2025-11-02',
    jsonLd: true,
  });
  const a = await extractArticle(html, 'http://example.test/lithium');
  expect(a).toMatchObject({
    source: 'Wire Service',
    author: 'Ana Ruiz',
    published: '2025-11-02',
    url: 'http://example.test/lithium',
  });
});

test('falls back to the host name for the source and null for unknown fields', async () => {
  const a = await extractArticle(
    newsPage({ title: 'Plain page', paragraphs: body }),
    'https://www.plain.test/a',
  );
  expect(a).toMatchObject({ source: 'plain.test', author: null, published: null });
});

test('refuses a page without article text', async () => {
  const html =
    '<html><head><title>Login</title></head><body><form><input name=u><button>Sign in</button></form></body></html>';
  const error = await extractArticle(html, 'http://example.test/login').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).code).toBe('no_text');
  expect((error as Error).message).toMatch(/no article text/);
});

test('toIsoDate keeps the literal calendar date and rejects garbage', () => {
  expect(toIsoDate('2026-01-13T23:59:00+05:30')).toBe('2026-01-13');
  expect(toIsoDate('Tue, 13 Jan 2026 10:00:00 GMT')).toBe('2026-01-13');
  expect(toIsoDate('soon')).toBeNull();
});
