import { articleFileName, formatArticleFile, slugify } from '../../src/corpus/format-article-file.js';

test('writes front matter in the documented form, omitting unknown fields', () => {
  const text = formatArticleFile(
    {
      title: 'Cobalt\nrally',
      source: 'Wire',
      url: 'https://w.test/a',
      author: null,
      published: '2026-01-13',
    },
    ['First  para.', '---', 'Second para.'],
  );
  expect(text).toBe(
    '---\ntitle: Cobalt rally\nsource: Wire\nurl: https://w.test/a\npublished: 2026-01-13\n---\nFirst para.\n\nSecond para.\n',
  );
});

test('file names are a readable slug plus a stable hash', () => {
  expect(slugify('Ça marche: Rare-Earth Prices, 2026!')).toBe('ca-marche-rare-earth-prices-2026');
  const a = articleFileName('Zambia opens cobalt corridor', 'w.test/a');
  expect(a).toMatch(/^zambia-opens-cobalt-corridor_[0-9a-f]{8}\.txt$/);
  expect(articleFileName('Zambia opens cobalt corridor', 'w.test/a')).toBe(a);
  expect(articleFileName('Zambia opens cobalt corridor', 'w.test/b')).not.toBe(a);
  expect(slugify('x'.repeat(30) + ' ' + 'y'.repeat(50)).length).toBeLessThanOrEqual(60);
});
