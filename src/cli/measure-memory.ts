/**
 * What one instance holds in memory per article: builds engines over N Reuters-21578 stories
 * (as article files) and reports the heap they keep after a full GC, the RSS, the snapshot size
 * and the article text Postgres stores, at several N, so the growth per article can be read off.
 * usage: node --expose-gc --import tsx src/cli/measure-memory.ts [--sizes 2000,5000,10000] [--reuters
 * ../shared/bench/reuters21578]
 */
import { parseArgs } from 'node:util';
import { readReuters } from '../bench/data/read-reuters.js';
import { createEngine, type Engine, type SourceFile } from '../engine/index.js';
import { isEntryPoint, runAsProcess, type CliIo } from './cli-io.js';
import { articleLikeStories, formatReutersArticle } from './format-reuters-article.js';
import { errorMessage } from '../error-message.js';

const MB = 1024 * 1024;
const USAGE =
  'usage: node --expose-gc --import tsx src/cli/measure-memory.ts [--sizes 2000,5000,10000] [--reuters DIR]';

function settledHeap(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Prints the memory table for each size; returns the exit code (2 on a usage error). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let values: { sizes: string; reuters: string };
  try {
    values = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string', default: '2000,5000,10000' },
        reuters: { type: 'string', default: '../shared/bench/reuters21578' },
      },
    }).values;
  } catch (error) {
    io.err(`${errorMessage(error)}\n${USAGE}`);
    return 2;
  }
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    io.err(`--sizes takes whole numbers above 0, like 2000,5000\n${USAGE}`);
    return 2;
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    io.err('run with node --expose-gc so the heap can be measured after a full collection');
    return 2;
  }
  const encoder = new TextEncoder();
  const stories = articleLikeStories(await readReuters(values.reuters));
  const files: SourceFile[] = stories.slice(0, Math.max(...sizes)).map((s, i) => ({
    name: `reuters-${s.id}.txt`,
    bytes: encoder.encode(formatReutersArticle(s, null)),
    mtimeMs: i,
  }));
  io.out(`${files.length} Reuters stories available as articles (${stories.length} with 40+ words)`);
  io.out('| articles | text MB | heap held by the engine MB | RSS MB | snapshot MB | build s |');
  io.out('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes.filter((n) => n <= files.length)) {
    const subset = files.slice(0, size);
    const before = settledHeap(gc);
    const started = performance.now();
    let engine: Engine | null = createEngine(subset).engine;
    const buildSeconds = (performance.now() - started) / 1000;
    const held = settledHeap(gc) - before;
    const rss = process.memoryUsage().rss;
    const snapshot = engine.toBytes().byteLength;
    const text = subset.reduce((sum, f) => sum + f.bytes.length, 0);
    io.out(
      `| ${size} | ${(text / MB).toFixed(1)} | ${(held / MB).toFixed(0)} | ${(rss / MB).toFixed(0)} | ${(snapshot / MB).toFixed(0)} | ${buildSeconds.toFixed(1)} |`,
    );
    engine = null;
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) runAsProcess('measure-memory', run);
