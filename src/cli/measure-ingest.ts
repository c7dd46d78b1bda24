/**
 * Measures the live corpus: ingest rate for N Reuters-21578 stories written out as article
 * files, cold-build and snapshot-load rates over them, and the time from a file landing in
 * a watched seeds folder to `engine.ask` citing it.
 * usage: npx tsx src/cli/measure-ingest.ts [--stories 1000] [--landings 15] [--reuters
 * ../shared/bench/reuters21578]
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReuters } from '../bench/data/read-reuters.js';
import { median, percentile } from '../bench/metrics/summarize-timings.js';
import { createIngestService } from '../corpus/create-ingest-service.js';
import { createSnapshotSaver } from '../corpus/create-snapshot-saver.js';
import { loadCorpus, saveCorpusSnapshot } from '../corpus/load-corpus.js';
import { readSourceFile } from '../corpus/read-source-file.js';
import { watchSeeds } from '../corpus/watch-seeds.js';
import { writeFileAtomic } from '../corpus/write-file-atomic.js';
import type { Engine } from '../engine/index.js';
import { isEntryPoint, runAsProcess, type CliIo } from './cli-io.js';
import { articleLikeStories, formatReutersArticle } from './format-reuters-article.js';

const TOWNS = [
  'Solwezi',
  'Chingola',
  'Mufulira',
  'Kasama',
  'Mongu',
  'Chipata',
  'Mansa',
  'Livingstone',
  'Kitwe',
  'Ndola',
  'Kabwe',
  'Mazabuka',
  'Choma',
  'Kafue',
  'Luanshya',
  'Chililabombwe',
  'Kalulushi',
  'Mpika',
  'Nakonde',
  'Sesheke',
];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function isoDate(reutersDate: string): string | null {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(reutersDate);
  const month = m ? MONTHS.indexOf(m[2]!) + 1 : 0;
  return m && month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

function arg(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function report(
  io: CliIo,
  label: string,
  m: { applied: number[]; answerable: number[]; held: number },
): void {
  const line = (xs: number[]) =>
    `median ${median(xs).toFixed(0)} ms, p90 ${percentile(xs, 0.9).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;
  io.out(`${label} (${m.held} articles): file landing -> indexed: ${line(m.applied)}`);
  io.out(`${label} (${m.held} articles): file landing -> first answer citing it: ${line(m.answerable)}`);
}

/**
 * Writes files one at a time into a watched folder; times until the watcher indexed each and until `ask`
 * cites it.
 */
async function measureLandings(engine: Engine, seedsDir: string, dataDir: string, count: number) {
  // As in the app: each change also schedules an atomic snapshot save.
  const saver = createSnapshotSaver({ save: () => saveCorpusSnapshot(engine, dataDir) });
  const watcher = watchSeeds({ engine, seedsDir, readSourceFile, onChange: saver.request });
  await watcher.ready;
  const applied: number[] = [];
  const answerable: number[] = [];
  for (let i = 0; i < count; i++) {
    // Real words: the engine rightly abstains on tokens it cannot analyse, such as made-up codes.
    const town = TOWNS[i % TOWNS.length]!;
    const name = `landing-${i}.txt`;
    const question = `How much germanium residue will the ${town} smelter refine?`;
    const indexed = new Promise<number>((resolve) => {
      const off = watcher.onBatch((b) => {
        if (!b.upserted.includes(name)) return;
        off();
        resolve(performance.now());
      });
    });
    const landed = performance.now();
    await writeFileAtomic(
      join(seedsDir, name),
      `${town} smelter report\n\nThe ${town} smelter will refine ${40 + i},000 tonnes of germanium residue a year, its operator said.\n`,
    );
    applied.push((await indexed) - landed);
    const answer = engine.ask(question);
    if (!answer.found || !answer.citations.some((c) => c.article === name))
      throw new Error(`${name} indexed but not cited for "${question}"`);
    answerable.push(performance.now() - landed);
  }
  await watcher.close();
  await saver.flush();
  return { applied, answerable, held: engine.articles().length };
}

const USAGE =
  'usage: npx tsx src/cli/measure-ingest.ts [--stories 1000] [--landings 15] [--reuters ../shared/bench/reuters21578]';

/** Ingests, builds and watches as the header says, printing one line per figure; returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const count = Number(arg(argv, '--stories', '1000'));
  const landings = Math.min(20, Number(arg(argv, '--landings', '15')));
  const reutersDir = arg(argv, '--reuters', '../shared/bench/reuters21578');
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(landings) || landings < 1) {
    io.err(`--stories and --landings take whole numbers above 0\n${USAGE}`);
    return 2;
  }
  const root = await mkdtemp(join(tmpdir(), 'measure-ingest-'));
  const quiet = () => undefined;
  try {
    const stories = articleLikeStories(await readReuters(reutersDir)).slice(0, count);
    const source = join(root, 'reuters');
    await mkdir(source);
    for (const s of stories) {
      await writeFile(join(source, `reuters-${s.id}.txt`), formatReutersArticle(s, isoDate(s.date)));
    }
    io.out(`${stories.length} Reuters-21578 stories written as article files`);

    // 1. `npm run ingest -- <folder>` path: text check, duplicate check, atomic copy into seeds/, incremental
    // upsert, snapshot.
    const seeds = join(root, 'seeds');
    const data = join(root, 'data');
    await mkdir(seeds);
    const { engine } = await loadCorpus({ seedsDir: seeds, dataDir: data, log: quiet });
    const service = createIngestService({ engine, seedsDir: seeds, dataDir: data, log: quiet });
    let started = performance.now();
    const results = await service.ingestPath(source);
    await service.close();
    const ingestMs = performance.now() - started;
    const added = results.filter((r) => 'outcome' in r && r.outcome.status === 'added').length;
    const dupes = results.filter((r) => 'outcome' in r && r.outcome.status === 'duplicate').length;
    const failed = results.length - added - dupes;
    io.out(
      `ingest folder: ${results.length} files in ${seconds(ingestMs)} s = ${(results.length / (ingestMs / 1000)).toFixed(1)} articles/s (${added} added, ${dupes} near-duplicates refused, ${failed} failed)`,
    );

    // 2. Start-up without a snapshot (full build) and with one.
    const data2 = join(root, 'data-cold');
    started = performance.now();
    const cold = await loadCorpus({ seedsDir: seeds, dataDir: data2, log: quiet });
    const coldMs = performance.now() - started;
    io.out(
      `cold build of ${cold.engine.articles().length} articles: ${seconds(coldMs)} s = ${(cold.engine.articles().length / (coldMs / 1000)).toFixed(1)} articles/s`,
    );
    started = performance.now();
    const warm = await loadCorpus({ seedsDir: seeds, dataDir: data2, log: quiet });
    io.out(`load from snapshot: ${seconds(performance.now() - started)} s (${warm.origin})`);

    // 3. File landing -> indexed -> answerable, in the folder of ~1,000 articles and in one holding the 5
    // seed articles.
    report(io, 'Reuters folder', await measureLandings(warm.engine, seeds, data2, landings));
    const small = join(root, 'small');
    await cp('seeds', small, { recursive: true });
    const smallCorpus = await loadCorpus({ seedsDir: small, dataDir: join(root, 'data-small'), log: quiet });
    report(
      io,
      'seeds folder',
      await measureLandings(smallCorpus.engine, small, join(root, 'data-small'), landings),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) runAsProcess('measure-ingest', run);
