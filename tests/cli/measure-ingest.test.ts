import { rm } from 'node:fs/promises';
import { runCli } from '../../src/cli/cli-io.js';
import { run } from '../../src/cli/measure-ingest.js';
import { captureIo } from './support/capture-io.js';
import { linkOneReutersFile } from './support/link-reuters-file.js';

let reuters: string;
beforeAll(async () => {
  reuters = await linkOneReutersFile('measure-ingest-');
});
afterAll(() => rm(reuters, { recursive: true, force: true }));

async function measure(args: string[]) {
  const t = captureIo({});
  const code = await runCli('measure-ingest', run, args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

test('a bad count is a usage error', async () => {
  const bad = await measure(['--stories', 'many']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/usage: npx tsx src\/cli\/measure-ingest.ts/);
  expect(bad.stdout).toBe('');
});

test('ingests the stories, builds cold and from the snapshot, and times landings until they are cited', async () => {
  const result = await measure(['--stories', '8', '--landings', '2', '--reuters', reuters]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^8 Reuters-21578 stories written as article files$/m);
  expect(result.stdout).toMatch(/^ingest folder: 8 files in [\d.]+ s = [\d.]+ articles\/s \(\d+ added/m);
  expect(result.stdout).toMatch(/^load from snapshot: [\d.]+ s \(snapshot\)$/m);
  expect(result.stdout).toMatch(
    /^Reuters folder \(\d+ articles\): file landing -> first answer citing it: median/m,
  );
  expect(result.stdout).toMatch(/^seeds folder \(7 articles\): file landing -> indexed: median \d+ ms/m);
}, 30_000);
