import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataLockError, LOCK_FILE, lockDataDir } from '../../src/storage/lock-data-dir.js';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'lock-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));
const held = () => readFile(join(dir, LOCK_FILE), 'utf8').then((text) => text.trim());

test('the lock file holds the pid; another process is refused while the holder lives; release removes it', async () => {
  const release = await lockDataDir(dir);
  expect(await held()).toBe(String(process.pid));
  // A second process (another pid) finds this one alive.
  const refused = await lockDataDir(dir, process.pid + 100_000).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refused).toBeInstanceOf(DataLockError);
  expect((refused as DataLockError).pid).toBe(process.pid);
  expect(await held()).toBe(String(process.pid));
  await release();
  await release();
  await expect(held()).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a stale lock (its process is gone) or an unreadable one is taken over', async () => {
  const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
  await writeFile(join(dir, LOCK_FILE), `${gone}\n`);
  const release = await lockDataDir(dir);
  expect(await held()).toBe(String(process.pid));
  await release();
  await writeFile(join(dir, LOCK_FILE), 'garbage');
  await (
    await lockDataDir(dir)
  )();
});

test('releasing never removes a lock another process has taken over since', async () => {
  const release = await lockDataDir(dir);
  await writeFile(join(dir, LOCK_FILE), '1\n');
  await release();
  expect(await held()).toBe('1');
});

test('the data folder is created when missing', async () => {
  const nested = join(dir, 'data', 'here');
  await (
    await lockDataDir(nested)
  )();
});
