import type pg from 'pg';
import type { ArticleStore } from './article-store.js';
import type { AuditStore } from './audit-store.js';
import type { DigestSettingsStore } from './digest-settings-store.js';
import { createLowdbAuditStore, auditStorePath } from './lowdb-audit-store.js';
import { createLowdbDigestSettingsStore, digestSettingsStorePath } from './lowdb-digest-settings-store.js';
import { createLowdbThreadStore, threadStorePath } from './lowdb-thread-store.js';
import { createPostgresAuditStore } from './postgres-audit-store.js';
import { createPostgresDigestSettingsStore } from './postgres-digest-settings-store.js';
import { createPostgresThreadStore } from './postgres-thread-store.js';
import type { ThreadStore } from './thread-store.js';
import { createMemoryDeliveryStore, type DeliveryStore } from './delivery-store.js';
import type { DigestStore } from './digest-store.js';
import { createLowdbFeedStore, feedStorePath } from './lowdb-feed-store.js';
import type { FeedStore } from './feed-store.js';
import { createLowdbVoteStore, voteStorePath } from './lowdb-vote-store.js';
import { createLowdbDigestStore, digestStorePath } from './lowdb-digest-store.js';
import { openPostgres } from './open-postgres.js';
import { createPostgresArticleStore } from './postgres-article-store.js';
import { createPostgresDeliveryStore } from './postgres-delivery-store.js';
import { createPostgresDigestStore } from './postgres-digest-store.js';
import { createPostgresFeedStore } from './postgres-feed-store.js';
import { LOCKS, tryAdvisoryLock } from './postgres-lock.js';
import { createPostgresVoteStore } from './postgres-vote-store.js';
import type { VoteStore } from './vote-store.js';
import { errorMessage } from '../error-message.js';
import { withTimeout } from '../with-timeout.js';

/** What /healthz says about storage. */
export interface StoreHealth {
  kind: 'lowdb' | 'postgres';
  /** False while the database cannot be reached (answers go on from memory). */
  ok: boolean;
  detail?: Record<string, unknown>;
}

/** Every store the app uses, from one backend. */
export interface Stores {
  kind: 'lowdb' | 'postgres';
  votes: VoteStore;
  digest: DigestStore;
  feeds: FeedStore;
  deliveries: DeliveryStore;
  threads: ThreadStore;
  audit: AuditStore;
  digestSettings: DigestSettingsStore;
  /** The shared corpus (Postgres); null with lowdb, where seeds/ is the corpus. */
  articles: ArticleStore | null;
  /** Runs `task` unless another instance is running the same job; null when skipped. */
  once<T>(job: keyof typeof LOCKS, task: () => Promise<T>): Promise<T | null>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  dataDir: string;
  databaseUrl?: string;
  log?: (line: string) => void;
}

async function openLowdbStores(dataDir: string): Promise<Stores> {
  return {
    kind: 'lowdb',
    votes: await createLowdbVoteStore(voteStorePath(dataDir)),
    digest: await createLowdbDigestStore(digestStorePath(dataDir)),
    feeds: await createLowdbFeedStore(feedStorePath(dataDir)),
    deliveries: createMemoryDeliveryStore(),
    threads: await createLowdbThreadStore(threadStorePath(dataDir)),
    audit: await createLowdbAuditStore(auditStorePath(dataDir)),
    digestSettings: await createLowdbDigestSettingsStore(digestSettingsStorePath(dataDir)),
    articles: null,
    once: (_job, task) => task(),
    health: async () => ({ kind: 'lowdb', ok: true }),
    close: async () => undefined,
  };
}

/** Postgres health: one cheap query, bounded so /healthz answers fast while the database is away. */
async function pingPostgres(pool: pg.Pool): Promise<StoreHealth> {
  const detail = { connections: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
  try {
    await withTimeout(pool.query('SELECT 1'), 2000, 'no answer within 2 s');
    return { kind: 'postgres', ok: true, detail };
  } catch (error) {
    return { kind: 'postgres', ok: false, detail: { ...detail, error: errorMessage(error) } };
  }
}

/**
 * Opens the stores: Postgres (migrated at start-up) when `databaseUrl` is set, else the lowdb
 * files in `dataDir`, the single-instance default.
 */
export async function openStores(options: OpenStoresOptions): Promise<Stores> {
  if (!options.databaseUrl) return openLowdbStores(options.dataDir);
  const url = options.databaseUrl;
  const pool = await openPostgres(url, { log: options.log });
  return {
    kind: 'postgres',
    votes: createPostgresVoteStore(pool),
    digest: createPostgresDigestStore(pool),
    feeds: createPostgresFeedStore(pool),
    deliveries: createPostgresDeliveryStore(pool),
    threads: createPostgresThreadStore(pool),
    audit: createPostgresAuditStore(pool),
    digestSettings: createPostgresDigestSettingsStore(pool),
    articles: createPostgresArticleStore(pool, { url, log: options.log }),
    once: (job, task) => tryAdvisoryLock(pool, LOCKS[job], task),
    health: () => pingPostgres(pool),
    close: () => pool.end(),
  };
}
