import { IngestError } from '../../src/corpus/ingest-error.js';
import { parseFeed } from '../../src/corpus/parse-feed.js';

test('parses RSS 2.0 items', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Metals &amp; Mining</title>
    <item><title>Cobalt up</title><link>http://a.test/1</link><guid isPermaLink="false">id-1</guid><description>&lt;p&gt;Cobalt &lt;b&gt;rallies&lt;/b&gt;&lt;/p&gt;</description><category>cobalt</category><pubDate>Tue, 13 Jan 2026 10:00:00 GMT</pubDate></item>
    <item><title>Gold flat</title><link>http://a.test/2</link></item>
    <item><title>No link</title><guid>https://a.test/3</guid></item></channel></rss>`;
  const feed = parseFeed(xml);
  expect(feed.format).toBe('rss');
  expect(feed.title).toBe('Metals & Mining');
  expect(feed.items).toHaveLength(3);
  expect(feed.items[0]).toMatchObject({
    id: 'id-1',
    url: 'http://a.test/1',
    title: 'Cobalt up',
    summary: 'Cobalt rallies',
    categories: ['cobalt'],
  });
  expect(feed.items[1]).toMatchObject({ id: 'http://a.test/2', url: 'http://a.test/2' });
  expect(feed.items[2]).toMatchObject({ id: 'https://a.test/3', url: 'https://a.test/3' });
});

test('parses Atom entries, choosing the alternate link', () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom News</title>
    <entry><title>Rare earth magnets</title><id>tag:x,2026:1</id><link rel="self" href="http://x.test/self"/><link rel="alternate" href="http://x.test/story"/><summary>Magnet plant opens</summary><updated>2026-01-10T00:00:00Z</updated></entry></feed>`;
  const feed = parseFeed(xml);
  expect(feed).toMatchObject({ format: 'atom', title: 'Atom News' });
  expect(feed.items[0]).toMatchObject({
    id: 'tag:x,2026:1',
    url: 'http://x.test/story',
    summary: 'Magnet plant opens',
    published: '2026-01-10T00:00:00Z',
  });
});

test.each([
  ['truncated XML', '<rss><channel><item><title>x</title></channel>'],
  ['HTML page', '<html><body><p>hello</p></body></html>'],
  ['plain text', 'this is not xml at all'],
])('refuses %s with a clear message', (_name, xml) => {
  let error: unknown;
  try {
    parseFeed(xml);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).code).toBe('bad_feed');
  expect((error as Error).message).toMatch(/RSS or Atom/);
});
