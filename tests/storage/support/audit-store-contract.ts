import type { AuditEntry, AuditStore } from '../../../src/storage/audit-store.js';

const entry = (n: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  userId: `U${n}`,
  action: 'article.add',
  target: `https://news.test/${n}`,
  outcome: 'ok',
  ...extra,
});

/**
 * What every AuditStore adapter must do. `open` returns a store over the same storage each
 * time it is called (so reopening shows persistence) and `reset` empties it.
 */
export function auditStoreContract(
  name: string,
  hooks: { open: () => Promise<AuditStore>; reset: () => Promise<void> },
) {
  describe(`${name} (AuditStore contract)`, () => {
    beforeEach(() => hooks.reset());

    test('entries come back newest first, limited, and survive a reopen', async () => {
      const store = await hooks.open();
      for (let n = 1; n <= 25; n++) await store.record(entry(n));
      const recent = await store.recent(20);
      expect(recent).toHaveLength(20);
      expect(recent[0]).toEqual(entry(25));
      expect(recent[19]).toEqual(entry(6));
      expect((await (await hooks.open()).recent(3)).map((e) => e.userId)).toEqual(['U25', 'U24', 'U23']);
    });

    test('keeps every field, the optional detail included, and records concurrent calls without loss', async () => {
      const store = await hooks.open();
      await store.record(
        entry(1, { action: 'feed.remove', outcome: 'denied', detail: 'not an editor <script>' }),
      );
      await Promise.all(Array.from({ length: 30 }, (_, i) => store.record(entry(i + 2))));
      const all = await (await hooks.open()).recent(100);
      expect(all).toHaveLength(31);
      expect(all.at(-1)).toEqual(
        entry(1, { action: 'feed.remove', outcome: 'denied', detail: 'not an editor <script>' }),
      );
      expect(new Set(all.map((e) => e.userId)).size).toBe(31);
    });

    test('an empty trail is an empty list', async () => {
      expect(await (await hooks.open()).recent(20)).toEqual([]);
    });
  });
}
