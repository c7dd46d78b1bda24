import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DigestSettings } from '../../src/storage/digest-settings-store.js';
import { createLowdbDigestSettingsStore } from '../../src/storage/lowdb-digest-settings-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const defaults: DigestSettings = {
  subscriptions: [{ channel: 'C0ENV', keywords: [], by: null, since: '2026-01-01T00:00:00.000Z' }],
  schedule: { cron: '0 8 * * *', timeZone: 'UTC' },
};

test('the environment seeds a fresh install only; later changes survive reopening with other defaults', async () => {
  const path = join(dir, 'digest-settings.json');
  const store = await createLowdbDigestSettingsStore(path);
  expect(await store.initialize(defaults)).toEqual(defaults);
  await store.subscribe({
    channel: 'C0LITH',
    keywords: ['lithium', 'rare earth'],
    by: 'U1',
    since: '2026-01-02T00:00:00.000Z',
  });
  await store.subscribe({
    channel: 'C0LITH',
    keywords: ['cobalt'],
    by: 'U2',
    since: '2026-01-03T00:00:00.000Z',
  });
  expect(await store.unsubscribe('C0ENV')).toBe(true);
  expect(await store.unsubscribe('C0ENV')).toBe(false);
  await store.setSchedule({ cron: '30 6 * * *', timeZone: 'Asia/Kolkata' });

  const reopened = await createLowdbDigestSettingsStore(path);
  const other = { ...defaults, schedule: { cron: '0 9 * * *', timeZone: 'UTC' } };
  const settings = await reopened.initialize(other);
  expect(settings.schedule).toEqual({ cron: '30 6 * * *', timeZone: 'Asia/Kolkata' });
  expect(settings.subscriptions).toEqual([
    { channel: 'C0LITH', keywords: ['cobalt'], by: 'U2', since: '2026-01-03T00:00:00.000Z' },
  ]);
  expect(await reopened.get()).toEqual(settings);
  expect(JSON.parse(await readFile(path, 'utf8')).settings.subscriptions).toHaveLength(1);
});

test('returned settings are copies: changing them changes nothing stored', async () => {
  const store = await createLowdbDigestSettingsStore(join(dir, 's.json'));
  const got = await store.initialize(defaults);
  got.subscriptions.push({ channel: 'C0X', keywords: [], by: null, since: '' });
  expect((await store.get()).subscriptions).toHaveLength(1);
});

// Corrupt and wrong-shape files: tests/storage/corrupt-state-files.test.ts.
