import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/cli-io.js';
import { run } from '../../src/cli/ingest.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { newsPage, send, serve } from '../corpus/support/serve.js';
import { STORIES, tempCorpus } from '../corpus/support/temp-corpus.js';
import { captureIo } from './support/capture-io.js';

const exec = promisify(execFile);

/** The CLI in this process, as `npm run ingest` would run it. */
async function ingest(args: string[], dirs: { seedsDir: string; dataDir: string }) {
  const t = captureIo({
    SEEDS_DIR: dirs.seedsDir,
    DATA_DIR: dirs.dataDir,
    MINERALS_ALLOW_PRIVATE_URLS: 'true',
  });
  const code = await runCli('ingest', run, args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** The CLI in a child process: the smoke test that the entry point itself works. */
async function ingestCli(args: string[], dirs: { seedsDir: string; dataDir: string }) {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ['--import', 'tsx', 'src/cli/ingest.ts', ...args],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          SEEDS_DIR: dirs.seedsDir,
          DATA_DIR: dirs.dataDir,
          MINERALS_ALLOW_PRIVATE_URLS: 'true',
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('npm run ingest adds files, folders and URLs, reports refusals, saves the index and exits 1 on failures', async () => {
  const corpus = await tempCorpus(1);
  const site = await serve({
    '/lobito': send(
      'text/html',
      newsPage({
        ...STORIES.lobito,
        paragraphs: [...STORIES.lobito.paragraphs],
        site: 'Rail Report',
        published: '2026-02-03',
      }),
    ),
  });
  try {
    const inbox = join(corpus.root, 'inbox');
    await exec('mkdir', [inbox]);
    await writeFile(
      join(inbox, 'kabwe.txt'),
      `${STORIES.kabwe.title}\n\n${STORIES.kabwe.paragraphs.join('\n\n')}\n`,
    );
    await writeFile(join(inbox, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));

    const first = await ingest([inbox, site.url('/lobito'), site.url('/missing')], corpus);
    expect(first.code).toBe(1);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^added {2}kabwe\.txt: Kabwe smelter to refine germanium residue \(.*3 passages\)$/,
      ),
      expect.stringMatching(/^error {2}.*photo\.txt: .*not a UTF-8 text file$/),
      expect.stringMatching(
        /^added {2}lobito-corridor-cuts-cobalt-shipping-times_[0-9a-f]{8}\.txt: .*Rail Report, 2026-02-03/,
      ),
      expect.stringMatching(/^error {2}.*\/missing: .*HTTP 404/),
    ]);
    expect(first.stderr).toMatch(/2 added, 0 already held, 2 failed/);

    const loaded = await loadCorpus(corpus);
    expect(loaded.origin).toBe('snapshot');
    expect(
      loaded.engine.ask('How much germanium residue will the Kabwe smelter refine?').citations[0]?.article,
    ).toBe('kabwe.txt');

    const again = await ingest([join(inbox, 'kabwe.txt')], corpus);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^have {3}.*kabwe\.txt: already have it \(kabwe\.txt: Kabwe smelter/);
    expect((await readdir(corpus.seedsDir)).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(await readFile(join(corpus.seedsDir, 'kabwe.txt'), 'utf8')).toMatch(/^Kabwe smelter/);

    const usage = await ingestCli([], corpus);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^usage: npm run ingest/);
  } finally {
    await site.close();
    await corpus.cleanup();
  }
}, 60_000);
