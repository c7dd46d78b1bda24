import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import { decodeArticle, encodeArticle } from '../../../src/engine/snapshot/encode-articles.js';
import {
  readArticleSections,
  writeArticleSections,
  packedFrom,
} from '../../../src/engine/snapshot/pack-articles.js';
import { readSnapshot, writeSnapshot } from '../../../src/engine/snapshot/snapshot-bytes.js';
import type { Article } from '../../../src/engine/types.js';
import { seedFiles } from '../../support/seed-engine.js';

let articles: Article[];
beforeAll(async () => {
  articles = (await seedFiles()).map((file) => ({ ...ingestFile(file).article!, size: file.bytes.length }));
});

describe('an article stored and restored through snapshot bytes', () => {
  const restore = (list: Article[]) => {
    const bytes = writeSnapshot({}, writeArticleSections(list.map((a) => packedFrom(encodeArticle(a)))));
    return readArticleSections(readSnapshot(bytes)).map((packed) => decodeArticle(packed.unpack()));
  };

  test('comes back equal, and a re-save of it writes the same JSON again', () => {
    const restored = restore(articles);
    expect(restored).toEqual(articles);
    expect(JSON.stringify(restore(restored))).toBe(JSON.stringify(restored));
  });

  test('keeps a passage text that is not a slice of its paragraph, and headings', () => {
    const base = articles[0]!;
    const passages = base.passages.map((p, i) => ({
      ...p,
      text: i === 0 ? `${p.text} (edited)` : p.text,
      heading: i === 1 ? 'What is it?' : null,
    }));
    const edited: Article = { ...base, passages };
    const [back] = restore([edited]);
    expect(back!.passages[0]!.text).toBe(`${base.passages[0]!.text} (edited)`);
    expect(back!.passages.map((p) => p.heading)).toEqual(passages.map((p) => p.heading));
  });

  test('an article without a known size comes back without one', () => {
    const { size: _size, ...sizeless } = articles[0]!;
    const [back] = restore([sizeless]);
    expect('size' in back!).toBe(false);
    expect(back).toEqual(sizeless);
  });
});
