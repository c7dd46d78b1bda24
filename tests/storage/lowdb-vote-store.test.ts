import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLowdbVoteStore, voteStorePath } from '../../src/storage/lowdb-vote-store.js';
import type { Vote } from '../../src/storage/vote-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minerals-votes-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const vote = (overrides: Partial<Vote> = {}): Vote => ({
  userId: 'U1',
  channelId: 'C1',
  question: 'Who attended?',
  answer: 'Someone.',
  citations: ['a.txt#0.0'],
  helpful: true,
  votedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

test('votes are written to data/votes.json with question and answer, and survive reopening', async () => {
  const store = await createLowdbVoteStore(voteStorePath(dir));
  await store.record(vote());
  await store.record(vote({ userId: 'U2', helpful: false }));
  const onDisk = JSON.parse(await readFile(voteStorePath(dir), 'utf8')) as { votes: Vote[] };
  expect(onDisk.votes.map((v) => [v.userId, v.question, v.answer, v.helpful])).toEqual([
    ['U1', 'Who attended?', 'Someone.', true],
    ['U2', 'Who attended?', 'Someone.', false],
  ]);
  const reopened = await createLowdbVoteStore(voteStorePath(dir));
  expect(await reopened.list()).toHaveLength(2);
});

test('the same user voting again on the same question replaces the vote', async () => {
  const store = await createLowdbVoteStore(voteStorePath(dir));
  expect(await store.record(vote())).toEqual({ replaced: false });
  expect(await store.record(vote({ question: ' who attended? ', helpful: false }))).toEqual({
    replaced: true,
  });
  const votes = await store.list();
  expect(votes).toHaveLength(1);
  expect(votes[0]?.helpful).toBe(false);
});

test('concurrent clicks are all kept', async () => {
  const store = await createLowdbVoteStore(voteStorePath(dir));
  await Promise.all(Array.from({ length: 25 }, (_, i) => store.record(vote({ userId: `U${i}` }))));
  const reopened = await createLowdbVoteStore(voteStorePath(dir));
  expect(await reopened.list()).toHaveLength(25);
});

// Corrupt and wrong-shape files: tests/storage/corrupt-state-files.test.ts.
