import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { hashArticle } from '../../src/engine/index.js';
import { startMinerals, type RunningMinerals } from '../../src/main.js';
import { createLogger } from '../../src/slack/create-logger.js';
import { createPostgresArticleStore } from '../../src/storage/postgres-article-store.js';
import { FakeSlack } from '../slack/support/fake-slack.js';
import { SIGNING_SECRET, sendSlashCommand } from '../slack/support/send-signed.js';
import { SEEDS_DIR } from '../support/seed-engine.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** A TCP hop in front of Postgres that can be cut (connections dropped, new ones refused) and restored. */
async function startCuttableProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  const port = await listen(0);
  return {
    port,
    async cut() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
    restore: () => listen(port),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let fake: FakeSlack;
let db: TestDatabase;
let dataDir: string;
beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  db = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'minerals-outage-'));
});
afterAll(async () => {
  await fake.stop();
  await db.drop();
  await rm(dataDir, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('while the database is unreachable answers go on from memory and /healthz says so; afterwards the corpus catches up', async () => {
  const proxy = await startCuttableProxy(Number(new URL(db.url).port));
  const viaProxy = new URL(db.url);
  viaProxy.port = String(proxy.port);
  let running: RunningMinerals | null = null;
  const direct = new pg.Pool({ connectionString: db.url });
  try {
    running = await startMinerals(
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-outage',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        SEEDS_DIR,
        DATA_DIR: dataDir,
        PORT: '0',
        DATABASE_URL: viaProxy.href,
      }),
      createLogger({ level: 'error', write: () => undefined }),
    );
    const base = `http://127.0.0.1:${running.port}`;
    const health = async () =>
      (await (await fetch(`${base}/healthz`)).json()) as {
        ok: boolean;
        articles: number;
        store: { ok: boolean; articleFeed: string };
      };
    const before = await health();
    expect(before.store).toMatchObject({ ok: true, articleFeed: 'listening' });

    await proxy.cut();
    await until(async () => (await health()).store.articleFeed === 'reconnecting', 5000);
    expect((await health()).store.ok).toBe(false);

    // A command is acknowledged within Slack's 3 s and answered from the in-memory index.
    const started = Date.now();
    const sent = await sendSlashCommand(`${base}/slack/events`, {
      text: 'ask Who hosted the Finance Ministerial?',
      responseUrl: fake.responseUrl('outage'),
    });
    expect(sent.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const reply = await fake.waitFor(
      () => fake.responsesTo('outage').find((r) => /Bessent/.test(JSON.stringify(r.body))),
      5000,
    );
    expect(JSON.stringify(reply.body)).toContain('Bessent');

    // Another instance adds an article meanwhile; once the database is back this one catches up.
    const text =
      'Chile raises lithium quota\n\nSANTIAGO, Dec 1 - Chile raised its lithium export quota to 40,000 tonnes for 2027, Mining Minister Aurora Williams said on Monday.\n';
    const bytes = new TextEncoder().encode(text);
    await createPostgresArticleStore(direct, { url: db.url }).put({
      name: 'chile-quota.txt',
      bytes,
      hash: hashArticle(bytes),
    });
    await proxy.restore();
    await until(async () => {
      const now = await health();
      return now.store.ok && now.store.articleFeed === 'listening' && now.articles === before.articles + 1;
    }, 15_000);
  } finally {
    await running?.stop();
    await direct.end();
    await proxy.close().catch(() => undefined);
  }
}, 60_000);
