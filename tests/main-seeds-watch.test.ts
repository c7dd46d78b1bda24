import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/slack/create-logger.js';
import { startMinerals } from '../src/main.js';
import { FakeSlack } from './slack/support/fake-slack.js';
import { SIGNING_SECRET } from './slack/support/send-signed.js';

let fake: FakeSlack;
let root: string;
beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  root = await mkdtemp(join(tmpdir(), 'minerals-main-seeds-'));
});
afterAll(async () => {
  await fake.stop();
  await rm(root, { recursive: true, force: true });
});

const articles = async (port: number | null) =>
  ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { index: { articles: number } }).index
    .articles;

// The seeds watch begins before the corpus is loaded and the watcher starts from the load's listing: a file
// dropped in once the app runs must still be indexed (and one written during the load is the watcher's test).
test('a file dropped into seeds/ of a running app is indexed', async () => {
  const seedsDir = join(root, 'seeds');
  await mkdir(seedsDir);
  for (const name of (await readdir('seeds')).filter((n) => n.endsWith('.txt')).slice(0, 2))
    await cp(join('seeds', name), join(seedsDir, name));
  const running = await startMinerals(
    loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-main-seeds-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SEEDS_DIR: seedsDir,
      DATA_DIR: join(root, 'data'),
      PORT: '0',
    }),
    createLogger({ level: 'error', write: () => undefined }),
  );
  try {
    expect(await articles(running.port)).toBe(2);
    await writeFile(
      join(seedsDir, 'kabwe.txt'),
      'Kabwe smelter\n\nThe Kabwe smelter in Zambia will refine germanium residue from 2027, its operator said.\n',
    );
    const deadline = Date.now() + 8000;
    while ((await articles(running.port)) < 3 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await articles(running.port)).toBe(3);
  } finally {
    await running.stop();
  }
});
