import type pg from 'pg';
import type { DigestSettings, DigestSettingsStore } from './digest-settings-store.js';

/**
 * DigestSettingsStore in Postgres: the settings are one row, changed in a transaction that locks
 * it, so two instances changing subscriptions at once never lose either change.
 */
export function createPostgresDigestSettingsStore(pool: pg.Pool): DigestSettingsStore {
  const read = async (client: pg.PoolClient | pg.Pool, lock = false): Promise<DigestSettings> => {
    const { rows } = await client.query<{ settings: DigestSettings }>(
      `SELECT settings FROM digest_settings WHERE id = 1${lock ? ' FOR UPDATE' : ''}`,
    );
    if (!rows[0]) throw new Error('digest settings were read before initialize()');
    return rows[0].settings;
  };
  async function change<T>(
    edit: (settings: DigestSettings) => { settings: DigestSettings; result: T },
  ): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { settings, result } = edit(await read(client, true));
      await client.query('UPDATE digest_settings SET settings = $1 WHERE id = 1', [JSON.stringify(settings)]);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return {
    async initialize(defaults) {
      await pool.query(
        'INSERT INTO digest_settings (id, settings) VALUES (1, $1) ON CONFLICT (id) DO NOTHING',
        [JSON.stringify(defaults)],
      );
      return read(pool);
    },
    get: () => read(pool),
    subscribe: (subscription) =>
      change((settings) => ({
        settings: {
          ...settings,
          subscriptions: [
            ...settings.subscriptions.filter((s) => s.channel !== subscription.channel),
            subscription,
          ],
        },
        result: undefined,
      })),
    unsubscribe: (channel) =>
      change((settings) => {
        const subscriptions = settings.subscriptions.filter((s) => s.channel !== channel);
        return {
          settings: { ...settings, subscriptions },
          result: subscriptions.length < settings.subscriptions.length,
        };
      }),
    setSchedule: (schedule) =>
      change((settings) => ({ settings: { ...settings, schedule }, result: undefined })),
  };
}
