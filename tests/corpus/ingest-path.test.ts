import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArticleExtractor } from '../../src/corpus/create-extractor.js';
import { createIngestService, type IngestService } from '../../src/corpus/create-ingest-service.js';
import { newsPage } from './support/serve.js';
import { STORIES, tempCorpus } from './support/temp-corpus.js';

// One worker for the file: it takes about a second to start.
const extractor = createArticleExtractor();
afterAll(() => extractor.close());
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let service: IngestService;
let inbox: string;

beforeEach(async () => {
  corpus = await tempCorpus(2);
  service = createIngestService({
    extractor,
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
  });
  inbox = await mkdtemp(join(tmpdir(), 'inbox-'));
});
afterEach(async () => {
  await service.close();
  await corpus.cleanup();
  await rm(inbox, { recursive: true, force: true });
});

const text = (s: (typeof STORIES)[keyof typeof STORIES]) => `${s.title}\n\n${s.paragraphs.join('\n\n')}\n`;

test('a folder: text, markdown and HTML go in; binary and empty files are refused; nothing else changes', async () => {
  await writeFile(join(inbox, 'kabwe.txt'), text(STORIES.kabwe));
  await writeFile(
    join(inbox, 'lobito.html'),
    newsPage({ ...STORIES.lobito, paragraphs: [...STORIES.lobito.paragraphs], site: 'Rail Report' }),
  );
  await writeFile(join(inbox, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff]));
  await writeFile(join(inbox, 'empty.md'), '\n\n');
  await writeFile(join(inbox, 'ignored.csv'), 'a,b');
  const results = await service.ingestPath(inbox);
  const byName = Object.fromEntries(
    results.map((r) => [r.path.split('/').pop(), 'outcome' in r ? r.outcome.status : r.error.code]),
  );
  expect(byName).toEqual({
    'kabwe.txt': 'added',
    'lobito.html': 'added',
    'scan.txt': 'not_text',
    'empty.md': 'no_text',
  });
  expect(await readFile(join(corpus.seedsDir, 'kabwe.txt'), 'utf8')).toBe(text(STORIES.kabwe));
  const listing = await corpus.listing();
  expect(listing.filter((n) => !n.startsWith('0'))).toEqual([
    'kabwe.txt',
    expect.stringMatching(/^lobito-corridor-cuts-cobalt-shipping-times_[0-9a-f]{8}\.txt$/),
  ]);
  expect(
    corpus.engine.ask('How far did the Lobito corridor cut shipping times to Rotterdam?').citations[0]
      ?.article,
  ).toMatch(/^lobito/);
});

test('the same file again, or a seed itself, is "already have it"; a same-named different file gets a new name', async () => {
  await writeFile(join(inbox, 'kabwe.txt'), text(STORIES.kabwe));
  await service.ingestPath(join(inbox, 'kabwe.txt'));
  const again = await service.ingestPath(join(inbox, 'kabwe.txt'));
  expect(again[0]).toMatchObject({ outcome: { status: 'duplicate', file: 'kabwe.txt' } });
  const [seed] = await corpus.listing();
  expect((await service.ingestPath(join(corpus.seedsDir, seed!)))[0]).toMatchObject({
    outcome: { status: 'duplicate', file: seed },
  });

  await writeFile(join(inbox, 'kabwe.txt'), text(STORIES.lobito));
  const renamed = await service.ingestPath(join(inbox, 'kabwe.txt'));
  expect(renamed[0]).toMatchObject({
    outcome: { status: 'added', file: expect.stringMatching(/^kabwe_[0-9a-f]{8}\.txt$/) },
  });
});

test('a missing path is reported', async () => {
  const [result] = await service.ingestPath(join(inbox, 'nope.txt'));
  expect(result).toMatchObject({ error: { code: 'not_found' } });
});
