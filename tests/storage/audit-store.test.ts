import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  auditStorePath,
  createLowdbAuditStore,
  MAX_AUDIT_ENTRIES,
} from '../../src/storage/lowdb-audit-store.js';
import { auditStoreContract } from './support/audit-store-contract.js';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'audit-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

auditStoreContract('lowdb audit store', {
  open: () => createLowdbAuditStore(auditStorePath(dir)),
  reset: () => rm(auditStorePath(dir), { force: true }),
});

test('the JSON file keeps the newest MAX_AUDIT_ENTRIES, oldest first on disk', async () => {
  const path = join(dir, 'capped.json');
  const entries = Array.from({ length: MAX_AUDIT_ENTRIES + 5 }, (_, i) => ({
    at: `t${i}`,
    userId: 'U1',
    action: 'article.add',
    target: String(i),
    outcome: 'ok' as const,
  }));
  await writeFile(path, JSON.stringify({ entries: entries.slice(0, -1) }));
  const store = await createLowdbAuditStore(path);
  await store.record(entries.at(-1)!);
  const onDisk = JSON.parse(await readFile(path, 'utf8')) as { entries: Array<{ target: string }> };
  expect(onDisk.entries).toHaveLength(MAX_AUDIT_ENTRIES);
  expect(onDisk.entries[0]!.target).toBe('5');
  expect((await store.recent(1))[0]!.target).toBe(String(MAX_AUDIT_ENTRIES + 4));
});
