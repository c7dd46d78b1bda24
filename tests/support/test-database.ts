import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database of its own for one test file, on the run's shared server. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The shared server's URL, or a clear failure naming what is missing. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return url;
  const problem = process.env.TEST_DATABASE_PROBLEM ?? 'no server was started';
  throw new Error(
    `Postgres tests need a PostgreSQL server: set TEST_DATABASE_URL, or install the server binaries (apt-get install -y postgresql). ${problem}`,
  );
}

/** Creates an empty database (tests in parallel files never see each other's rows). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = `minerals_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // A pool the test has just ended may still be closing its connections (end() does not wait for the
        // server): forced off, they report "terminating connection" as an error event nobody listens to.
        for (let waited = 0; waited < 2000; waited += 50) {
          const { rows } = await client.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          if (rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
