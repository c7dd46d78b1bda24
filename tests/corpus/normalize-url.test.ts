import { cleanUrl, urlKey } from '../../src/corpus/normalize-url.js';

test('strips tracking parameters, fragment and trailing slash; sorts the query', () => {
  expect(cleanUrl('https://News.test/a/b/?utm_source=x&b=2&fbclid=y&a=1#top')?.toString()).toBe(
    'https://news.test/a/b?a=1&b=2',
  );
});

test('keys coincide across scheme, www and tracking', () => {
  expect(urlKey('http://www.news.test/story?utm_medium=email')).toBe(urlKey('https://news.test/story/'));
  expect(urlKey('https://news.test/story?id=1')).not.toBe(urlKey('https://news.test/story?id=2'));
});

test('rejects non-http URLs', () => {
  expect(cleanUrl('ftp://x.test/a')).toBeNull();
  expect(cleanUrl('not a url')).toBeNull();
  expect(urlKey('javascript:alert(1)')).toBeNull();
});
