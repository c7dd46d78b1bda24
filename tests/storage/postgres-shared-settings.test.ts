import pg from 'pg';
import type { DigestSettings } from '../../src/storage/digest-settings-store.js';
import { openPostgres } from '../../src/storage/open-postgres.js';
import { createPostgresAuditStore } from '../../src/storage/postgres-audit-store.js';
import { createPostgresDigestSettingsStore } from '../../src/storage/postgres-digest-settings-store.js';
import { createPostgresThreadStore } from '../../src/storage/postgres-thread-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { auditStoreContract } from './support/audit-store-contract.js';

let db: TestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = await openPostgres(db.url);
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

auditStoreContract('postgres audit store', {
  open: async () => createPostgresAuditStore(pool),
  reset: async () => void (await pool.query('TRUNCATE audit_entries')),
});

test('answered threads: recorded by one instance, found by another; a second answer updates the question', async () => {
  const other = new pg.Pool({ connectionString: db.url });
  try {
    const a = createPostgresThreadStore(pool);
    const b = createPostgresThreadStore(other);
    await a.record({
      channel: 'C1',
      threadTs: '1700000000.000100',
      question: 'Who attended?',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(await b.find('C1', '1700000000.000100')).toEqual({
      channel: 'C1',
      threadTs: '1700000000.000100',
      question: 'Who attended?',
      at: '2026-01-01T00:00:00.000Z',
    });
    await b.record({
      channel: 'C1',
      threadTs: '1700000000.000100',
      question: null,
      at: '2026-01-01T00:05:00.000Z',
    });
    expect((await a.find('C1', '1700000000.000100'))?.question).toBeNull();
    expect(await a.find('C1', '1700000000.000999')).toBeUndefined();
  } finally {
    await other.end();
  }
});

test('digest settings: the environment seeds once; concurrent subscriptions from two instances are all kept', async () => {
  const other = new pg.Pool({ connectionString: db.url });
  try {
    const defaults: DigestSettings = {
      subscriptions: [{ channel: 'C0ENV', keywords: [], by: null, since: '2026-01-01T00:00:00.000Z' }],
      schedule: { cron: '0 8 * * *', timeZone: 'UTC' },
    };
    const a = createPostgresDigestSettingsStore(pool);
    const b = createPostgresDigestSettingsStore(other);
    expect(await a.initialize(defaults)).toEqual(defaults);
    expect(await b.initialize({ ...defaults, schedule: { cron: '0 9 * * *', timeZone: 'UTC' } })).toEqual(
      defaults,
    );
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).subscribe({
          channel: `C0CH${i}`,
          keywords: ['lithium'],
          by: 'U1',
          since: '2026-01-02T00:00:00.000Z',
        }),
      ),
    );
    await a.subscribe({
      channel: 'C0CH3',
      keywords: ['cobalt'],
      by: 'U2',
      since: '2026-01-03T00:00:00.000Z',
    });
    expect(await b.unsubscribe('C0ENV')).toBe(true);
    expect(await a.unsubscribe('C0ENV')).toBe(false);
    await b.setSchedule({ cron: '30 6 * * *', timeZone: 'Asia/Kolkata' });
    const settings = await a.get();
    expect(settings.schedule).toEqual({ cron: '30 6 * * *', timeZone: 'Asia/Kolkata' });
    expect(settings.subscriptions).toHaveLength(10);
    expect(settings.subscriptions.at(-1)).toEqual({
      channel: 'C0CH3',
      keywords: ['cobalt'],
      by: 'U2',
      since: '2026-01-03T00:00:00.000Z',
    });
  } finally {
    await other.end();
  }
});
