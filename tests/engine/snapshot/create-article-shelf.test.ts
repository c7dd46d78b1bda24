import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import { createArticleShelf } from '../../../src/engine/snapshot/create-article-shelf.js';
import { encodeArticle } from '../../../src/engine/snapshot/encode-articles.js';
import { packedFrom } from '../../../src/engine/snapshot/pack-articles.js';
import type { Article } from '../../../src/engine/types.js';
import { seedFiles } from '../../support/seed-engine.js';

let articles: Article[];
beforeAll(async () => {
  articles = (await seedFiles()).map((file) => ingestFile(file).article!);
});

describe('article shelf: a passage by its id', () => {
  test('every passage of every restored article, on first use and after', () => {
    const shelf = createArticleShelf(articles.map((a) => packedFrom(encodeArticle(a))));
    for (let round = 0; round < 2; round++)
      for (const article of articles)
        for (const passage of article.passages) expect(shelf.passage(passage.id)).toEqual(passage);
  });

  test('no passage for an id naming none', () => {
    const shelf = createArticleShelf(articles.map((a) => packedFrom(encodeArticle(a))));
    const file = articles[0]!.file;
    for (const id of [
      'nowhere.txt#0.0',
      'no-hash',
      `${file}#99.0`,
      `${file}#0.99`,
      `${file}#x.y`,
      `${file}#`,
      `${file}#0`,
    ])
      expect(shelf.passage(id)).toBeUndefined();
  });

  test('an article whose passage ids do not follow the numbering is still searched', () => {
    const shelf = createArticleShelf([]);
    const [article] = articles;
    const renamed: Article = {
      ...article!,
      passages: article!.passages.map((p, i) => ({
        ...p,
        id: `${article!.file}#${i === 1 ? '0.7' : `${p.paragraph}.${p.sentence}`}`,
      })),
    };
    shelf.set(renamed);
    expect(shelf.passage(`${article!.file}#0.7`)).toBe(renamed.passages[1]);
    expect(shelf.passage(renamed.passages[2]!.id)).toBe(renamed.passages[2]);
    shelf.delete(article!.file);
    expect(shelf.passage(renamed.passages[2]!.id)).toBeUndefined();
  });
});
