import { existsSync } from 'node:fs';
import pg from 'pg';
import { startLocalPostgres } from '../../src/dev/start-local-postgres.js';

/** Timers that would keep this process alive. */
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

test('a throwaway server answers queries; stopping it deletes its files and leaves no timer to hold the process', async () => {
  const server = await startLocalPostgres();
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
  expect(rows[0]?.one).toBe(1);
  const dataDir = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!
    .data_directory;
  await client.end();
  const before = timers();
  await server.stop();
  expect(existsSync(dataDir)).toBe(false);
  // The fallback to SIGKILL is a 10 s timer; once the server has exited it must not linger.
  expect(timers()).toBe(before);
}, 60_000);
