import { join } from 'node:path';
import type { DigestSettings, DigestSettingsStore } from './digest-settings-store.js';
import { openJsonDb } from './open-json-db.js';

/** Where the digest settings live under the data folder. */
export const digestSettingsStorePath = (dataDir: string) => join(dataDir, 'digest-settings.json');

interface SettingsData {
  settings: DigestSettings | null;
}

/** Digest subscriptions and schedule in one lowdb JSON file (e.g. data/digest-settings.json). */
export async function createLowdbDigestSettingsStore(path: string): Promise<DigestSettingsStore> {
  const db = await openJsonDb<SettingsData>(path, { settings: null });
  const current = (): DigestSettings => {
    if (!db.data.settings) throw new Error(`digest settings in ${path} were read before initialize()`);
    return db.data.settings;
  };
  return {
    async initialize(defaults) {
      if (!db.data.settings) {
        db.data.settings = structuredClone(defaults);
        await db.write();
      }
      return structuredClone(db.data.settings);
    },
    get: async () => structuredClone(current()),
    async subscribe(subscription) {
      const settings = current();
      settings.subscriptions = [
        ...settings.subscriptions.filter((s) => s.channel !== subscription.channel),
        structuredClone(subscription),
      ];
      await db.write();
    },
    async unsubscribe(channel) {
      const settings = current();
      const before = settings.subscriptions.length;
      settings.subscriptions = settings.subscriptions.filter((s) => s.channel !== channel);
      if (settings.subscriptions.length === before) return false;
      await db.write();
      return true;
    },
    async setSchedule(schedule) {
      current().schedule = structuredClone(schedule);
      await db.write();
    },
  };
}
