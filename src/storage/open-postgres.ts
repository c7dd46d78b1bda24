import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';

/** Schema migrations shipped with the app (numbered .sql files), found relative to this module. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Pool limits: a handful of connections per instance, so ten instances stay under Postgres' default 100. */
export const POOL_LIMITS = {
  max: 8,
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000,
  /** No single statement may hold a connection for long (the digest lock is held on its own client). */
  statement_timeout: 15_000,
} as const;

export interface OpenPostgresOptions {
  log?: (line: string) => void;
  /** Overrides for tests. */
  poolOptions?: Partial<pg.PoolConfig>;
}

/**
 * Applies pending migrations. Several instances starting at once wait on node-pg-migrate's
 * advisory lock, so each migration runs exactly once.
 */
export async function migratePostgres(
  url: string,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const applied = await runner({
    databaseUrl: url,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'schema_migrations',
    advisoryLockMode: 'wait',
    singleTransaction: true,
    checkOrder: true,
    log: () => undefined,
  });
  const names = applied.map((migration) => migration.name);
  if (names.length > 0) log(`postgres: applied migrations ${names.join(', ')}`);
  return names;
}

/**
 * Opens the shared database: migrates it, then returns a pool with POOL_LIMITS. An idle
 * connection that breaks (server restart, network) is logged and replaced, never fatal.
 */
export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<pg.Pool> {
  const log = options.log ?? (() => undefined);
  await migratePostgres(url, log);
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'minerals',
    ...POOL_LIMITS,
    ...options.poolOptions,
  });
  pool.on('error', (error) => log(`postgres: idle connection lost (${error.message}); it will be replaced`));
  return pool;
}
