import { jest } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditStorePath, createLowdbAuditStore } from '../../src/storage/lowdb-audit-store.js';
import {
  createLowdbDigestSettingsStore,
  digestSettingsStorePath,
} from '../../src/storage/lowdb-digest-settings-store.js';
import { createLowdbDigestStore, digestStorePath } from '../../src/storage/lowdb-digest-store.js';
import { createLowdbFeedStore, feedStorePath } from '../../src/storage/lowdb-feed-store.js';
import { createLowdbThreadStore, threadStorePath } from '../../src/storage/lowdb-thread-store.js';
import { createLowdbVoteStore, voteStorePath } from '../../src/storage/lowdb-vote-store.js';

let dir: string;
const warnings: string[] = [];
beforeAll(() => {
  jest
    .spyOn(process, 'emitWarning')
    .mockImplementation((warning: string | Error) => void warnings.push(String(warning)));
});
afterAll(() => jest.restoreAllMocks());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corrupt-'));
  warnings.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Each state file: where it lives, how to open it, and a read that shows it started empty. */
const FILES = [
  {
    name: 'votes',
    path: voteStorePath,
    open: createLowdbVoteStore,
    empty: async (p: string) => (await createLowdbVoteStore(p)).list(),
    emptyValue: [],
    wrongShape: '{"votes": "lots"}',
  },
  {
    name: 'feeds',
    path: feedStorePath,
    open: createLowdbFeedStore,
    empty: async (p: string) => (await createLowdbFeedStore(p)).list(),
    emptyValue: [],
    wrongShape: '[{"url": "https://a.test/rss"}]',
  },
  {
    name: 'digest',
    path: digestStorePath,
    open: createLowdbDigestStore,
    empty: async (p: string) => (await createLowdbDigestStore(p)).runs(),
    emptyValue: [],
    wrongShape: '{"lastSlot": 7, "runs": {}}',
  },
  {
    name: 'audit',
    path: auditStorePath,
    open: createLowdbAuditStore,
    empty: async (p: string) => (await createLowdbAuditStore(p)).recent(20),
    emptyValue: [],
    wrongShape: '{"entries": [1, 2, 3]}',
  },
  {
    name: 'threads',
    path: threadStorePath,
    open: createLowdbThreadStore,
    empty: async (p: string) => (await createLowdbThreadStore(p)).find('C1', '1.1'),
    emptyValue: undefined,
    wrongShape: 'null',
  },
  {
    name: 'digest settings',
    path: digestSettingsStorePath,
    open: createLowdbDigestSettingsStore,
    empty: async (p: string) =>
      (await createLowdbDigestSettingsStore(p)).initialize({
        subscriptions: [],
        schedule: { cron: '0 8 * * *', timeZone: 'UTC' },
      } as never),
    emptyValue: { subscriptions: [], schedule: { cron: '0 8 * * *', timeZone: 'UTC' } },
    wrongShape: '{"settings": 5}',
  },
];

describe.each(FILES)('the $name file', (file) => {
  test.each([
    ['does not parse', '{"half": ['],
    ['is valid JSON of the wrong shape', file.wrongShape],
  ])(
    'when it %s, it is moved aside (kept byte for byte), a warning names it, and the store starts empty',
    async (_why, contents) => {
      const path = file.path(dir);
      await writeFile(path, contents);
      expect(await file.empty(path)).toEqual(file.emptyValue);
      const aside = (await readdir(dir)).filter((n) => n.includes('.corrupt-'));
      expect(aside).toHaveLength(1);
      expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(contents);
      expect(warnings.join('\n')).toContain(`data file ${path} `);
      expect(warnings.join('\n')).toContain(`moved aside to ${join(dir, aside[0]!)} (kept)`);
    },
  );
});

test('a store that started empty after a corrupt file writes a fresh file, and the next start reads it', async () => {
  const path = voteStorePath(dir);
  await writeFile(path, 'not json at all');
  const store = await createLowdbVoteStore(path);
  await store.record({
    userId: 'U1',
    channelId: null,
    question: 'q',
    answer: 'a',
    citations: [],
    helpful: true,
    votedAt: '2026-01-01T00:00:00.000Z',
  });
  expect(await (await createLowdbVoteStore(path)).list()).toHaveLength(1);
  expect((await readdir(dir)).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
});
