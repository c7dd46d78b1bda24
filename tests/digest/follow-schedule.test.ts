import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followSchedule } from '../../src/digest/follow-schedule.js';
import { createLowdbDigestSettingsStore } from '../../src/storage/lowdb-digest-settings-store.js';

test('a schedule changed by another instance re-arms this one, once per change', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'follow-schedule-'));
  try {
    const settings = await createLowdbDigestSettingsStore(join(dir, 's.json'));
    await settings.initialize({ subscriptions: [], schedule: { cron: '0 8 * * *', timeZone: 'UTC' } });
    let rearmed = 0;
    const follower = await followSchedule({
      settings,
      reschedule: async () => void rearmed++,
      intervalMs: 20,
      log: () => undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rearmed).toBe(0);
    await settings.setSchedule({ cron: '30 6 * * *', timeZone: 'Asia/Kolkata' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(rearmed).toBe(1);
    follower.stop();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
