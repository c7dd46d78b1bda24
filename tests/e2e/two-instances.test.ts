import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ACTION_IDS } from '../../src/slack/action-ids.js';
import { articleKey, type DigestRun, type DigestStore } from '../../src/storage/digest-store.js';
import { createPostgresDigestStore } from '../../src/storage/postgres-digest-store.js';
import { newsPage, send, serve } from '../corpus/support/serve.js';
import { FakeSlack } from '../slack/support/fake-slack.js';
import { SIGNING_SECRET, sendButton, sendEvent, sendSlashCommand } from '../slack/support/send-signed.js';
import { SEEDS_DIR } from '../support/seed-engine.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Two real app processes (npm start) on one Postgres, each with its own DATA_DIR and seeds folder,
// talking to one fake Slack Web API, as two replicas behind a load balancer would.

const DIGEST_CHANNEL = 'C0DIGEST1';
const EDITOR = 'U0EDITOR';

interface Instance {
  name: string;
  child: ChildProcess;
  port: number;
  output: () => string;
  url: string;
}

let fake: FakeSlack;
let db: TestDatabase;
let pool: pg.Pool;
/** The digest runs both instances record, read straight from their database. */
let digests: DigestStore;
let root: string;
let site: Awaited<ReturnType<typeof serve>>;
const running = new Set<ChildProcess>();
let responses = 0;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  // A reader only: an idle connection the server closes is replaced on the next query, not a failure.
  pool.on('error', () => undefined);
  digests = createPostgresDigestStore(pool);
  root = await mkdtemp(join(tmpdir(), 'minerals-two-'));
  // The seed articles split between the two instances' seeds folders.
  const seeds = (await readdir(SEEDS_DIR)).filter((name) => !name.startsWith('.')).sort();
  for (const [index, name] of seeds.entries()) {
    const dir = join(root, index % 2 === 0 ? 'seeds-a' : 'seeds-b');
    await mkdir(dir, { recursive: true });
    await copyFile(join(SEEDS_DIR, name), join(dir, name));
  }
  const page = newsPage({
    title: 'Zambia and Finland sign cobalt refining pact',
    site: 'Metals Wire',
    published: '2026-11-30T09:00:00Z',
    paragraphs: [
      'HELSINKI, Nov 30 - Zambian Mines Minister Paul Kabuswe and Finnish Trade Minister Ville Tavio signed a cobalt refining agreement in Helsinki on Monday, officials said.',
      'The agreement covers a new refinery in Kokkola that will process cobalt hydroxide shipped from the Copperbelt from 2028.',
      'Officials from both governments said the refinery would employ about 400 people once it reaches full capacity.',
    ],
  });
  const feedPage = newsPage({
    title: 'Indonesia weighs nickel export levy',
    site: 'Metals Wire',
    published: '2026-11-29T09:00:00Z',
    paragraphs: [
      'JAKARTA, Nov 29 - Indonesia is weighing a levy on nickel pig iron exports, Energy Minister Bahlil Lahadalia told reporters on Friday.',
      'The levy would apply from the second half of 2027 and fund smelter upgrades, the minister said.',
      'Nickel producers including Vale Indonesia and Harita Nickel declined to comment on the proposal, which still needs the approval of the finance ministry.',
      "Indonesia supplies more than half of the world's mined nickel, most of it processed in smelters on Sulawesi and Halmahera islands.",
    ],
  });
  site = await serve({
    '/cobalt-pact': send('text/html', page),
    '/nickel-levy': send('text/html', feedPage),
    '/rss': (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Metals Wire</title><item><title>Indonesia weighs nickel export levy</title><link>${site.url('/nickel-levy')}</link><guid>nickel-levy</guid></item></channel></rss>`,
        ),
  });
});

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await site?.close();
  await fake?.stop();
  await pool?.end();
  await db?.drop();
  await rm(root, { recursive: true, force: true });
});

function start(name: 'a' | 'b'): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-two-instances',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SEEDS_DIR: join(root, `seeds-${name}`),
      DATA_DIR: join(root, `data-${name}`),
      DATABASE_URL: db.url,
      PORT: '0',
      LOG_LEVEL: 'info',
      DIGEST_CHANNEL,
      // Six fields, seconds first: a slot every 2 seconds, so both instances race for many slots.
      DIGEST_CRON: '*/2 * * * * *',
      MINERALS_EDITORS: EDITOR,
      MINERALS_ALLOW_PRIVATE_URLS: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance ${name} did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // It listens first, then loads the corpus: ready once the shared corpus is followed.
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (port && output.includes('ready: corpus loaded')) {
        clearTimeout(timer);
        resolve({
          name,
          child,
          port: Number(port),
          output: () => output,
          url: `http://127.0.0.1:${port}/slack/events`,
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`instance ${name} exited with ${code}:\n${output}`)));
  });
}

async function stop(instance: Instance, signal: NodeJS.Signals): Promise<void> {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill(signal);
  await exited;
}

/** Sends `/minerals <text>` to one instance and waits for its reply through response_url. */
async function command(
  instance: Instance,
  text: string,
  userId = 'U0ASKER',
  wait = (body: Record<string, unknown>) => !/Fetching|reading the current ones/.test(String(body.text)),
): Promise<string> {
  const id = `r${++responses}`;
  const sent = await sendSlashCommand(instance.url, { text, responseUrl: fake.responseUrl(id), userId });
  expect(sent.status).toBe(200);
  const reply = await fake.waitFor(() => fake.responsesTo(id).find((r) => wait(r.body)), 30_000);
  return JSON.stringify(reply.body);
}

const digestPosts = () =>
  fake.callsTo('chat.postMessage').filter((call) => call.params.channel === DIGEST_CHANNEL);

/** The digest id of each digest message posted in the channel (not its thread replies). */
const topDigestIds = () =>
  digestPosts()
    .filter((call) => !call.params.thread_ts)
    .map((call) =>
      String((call.params.metadata as { event_payload?: { digest_id?: string } }).event_payload?.digest_id),
    );

const postedArticleKeys = (runs: readonly DigestRun[]) =>
  runs.filter((run) => run.status === 'posted').flatMap((run) => run.articles.map(articleKey));

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function health(instance: Instance): Promise<{ articles: number; store: Record<string, unknown> }> {
  return (await (await fetch(`http://127.0.0.1:${instance.port}/healthz`)).json()) as {
    articles: number;
    store: Record<string, unknown>;
  };
}

test('two instances on one Postgres share the corpus, answer each delivery once, post each digest once and survive one being killed', async () => {
  let [a, b] = await Promise.all([start('a'), start('b')]);
  const seedCount =
    (await readdir(join(root, 'seeds-a'))).length + (await readdir(join(root, 'seeds-b'))).length;
  // Each imported its own seeds folder; both hold the union.
  expect((await health(a)).articles).toBe(seedCount);
  expect((await health(b)).articles).toBe(seedCount);
  expect((await health(b)).store).toMatchObject({ kind: 'postgres', ok: true, articleFeed: 'listening' });

  // An article added through A is cited by B (within 2 s of A confirming it).
  expect(await command(a, `add ${site.url('/cobalt-pact')}`, EDITOR)).toContain('Added');
  const added = Date.now();
  await until(async () => (await health(b)).articles === seedCount + 1, 2000);
  expect(Date.now() - added).toBeLessThan(2000);
  expect(await command(b, 'ask Who signed the cobalt refining agreement?')).toMatch(/Kabuswe|Tavio/);

  // One event delivered to both (a retry reaching the other replica) is answered once.
  const before = fake.callsTo('chat.postMessage').length;
  const mention = {
    type: 'app_mention',
    user: 'U0ASKER',
    text: '<@UBOTMINERALS> Who hosted the Finance Ministerial?',
    ts: '1700000100.000100',
    channel: 'C0GENERAL',
    event_ts: '1700000100.000100',
  };
  await Promise.all([
    sendEvent(a.url, mention, 'Ev0TWOINSTANCES'),
    sendEvent(b.url, mention, 'Ev0TWOINSTANCES', {
      headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
    }),
  ]);
  await fake.waitFor(
    () =>
      fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0GENERAL').length > 0 ||
      undefined,
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0GENERAL')).toHaveLength(1);
  expect(fake.callsTo('chat.postMessage').length - before).toBeLessThanOrEqual(1 + digestPosts().length);

  // Votes and feeds recorded through either are visible through both.
  const question = 'Who hosted the Finance Ministerial?';
  expect(await command(a, `feed add ${site.url('/rss')}`, EDITOR)).toContain('added');
  expect(await command(b, 'feed list')).toContain(site.url('/rss'));
  await sendButton(a.url, {
    actionId: ACTION_IDS.voteHelpful,
    value: question,
    responseUrl: fake.responseUrl('vote-a'),
    userId: 'U0VOTER',
  });
  await fake.waitFor(() => fake.responsesTo('vote-a')[0]);
  await sendButton(b.url, {
    actionId: ACTION_IDS.voteNotHelpful,
    value: question,
    responseUrl: fake.responseUrl('vote-b'),
    userId: 'U0VOTER',
  });
  const replaced = await fake.waitFor(() => fake.responsesTo('vote-b')[0]);
  expect(JSON.stringify(replaced.body)).toContain('your earlier vote was replaced');
  // The feed's article, ingested by A's first poll, is answerable on B.
  await until(async () => (await health(b)).articles === seedCount + 2, 3000).catch((error: Error) => {
    throw new Error(
      `${error.message}: ${JSON.stringify(fake.responses.map((r) => r.body.text))}\n${a.output()}`,
    );
  });

  // Both run the digest every 2 seconds, so both fire at every slot: each slot's digest is posted
  // by one of them, once, and no article is in two digests. Wait until every article has been in one.
  await until(async () => postedArticleKeys(await digests.runs()).length === seedCount + 2, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const posted = (await digests.runs()).filter((run) => run.status === 'posted');
  expect(posted.length).toBeGreaterThan(0);
  expect(topDigestIds().sort()).toEqual(posted.map((run) => run.id).sort());
  expect(new Set(posted.map((run) => run.slot)).size).toBe(posted.length);
  const keys = postedArticleKeys(posted);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys).toHaveLength(seedCount + 2);

  // Both restart: slots keep firing on both (the handled slot moves past the restart), and neither
  // posts any of those digests again.
  const postsBefore = digestPosts().length;
  await Promise.all([stop(a, 'SIGTERM'), stop(b, 'SIGTERM')]);
  [a, b] = await Promise.all([start('a'), start('b')]);
  const restarted = new Date().toISOString();
  await until(async () => ((await digests.lastSlot()) ?? '') > restarted, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect(digestPosts()).toHaveLength(postsBefore);

  // A dies without warning; B goes on answering.
  await stop(a, 'SIGKILL');
  expect(await command(b, 'ask Who hosted the Finance Ministerial?')).toMatch(/Bessent/);
  await stop(b, 'SIGTERM');
}, 180_000);
