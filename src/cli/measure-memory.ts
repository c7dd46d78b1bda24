/**
 * What one instance holds in memory per article: builds engines over N Reuters-21578 stories
 * (as article files) and reports the heap they keep after a full GC, the RSS, the snapshot size
 * and the article text Postgres stores, at several N, so the growth per article can be read off.
 * usage: node --expose-gc --import tsx src/cli/measure-memory.ts [--sizes 2000,5000,10000] [--reuters ../shared/bench/reuters21578]
 */
import { parseArgs } from 'node:util';
import { readReuters } from '../bench/data/read-reuters.js';
import { createEngine, type Engine, type SourceFile } from '../engine/index.js';
import { articleLikeStories, formatReutersArticle } from './format-reuters-article.js';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

function settledHeap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '2000,5000,10000' },
      reuters: { type: 'string', default: '../shared/bench/reuters21578' },
    },
  });
  if (!gc) throw new Error('run with node --expose-gc so the heap can be measured after a full collection');
  const sizes = values.sizes.split(',').map(Number);
  const encoder = new TextEncoder();
  const stories = articleLikeStories(await readReuters(values.reuters));
  const files: SourceFile[] = stories.slice(0, Math.max(...sizes)).map((s, i) => ({
    name: `reuters-${s.id}.txt`,
    bytes: encoder.encode(formatReutersArticle(s, null)),
    mtimeMs: i,
  }));
  console.log(`${files.length} Reuters stories available as articles (${stories.length} with 40+ words)`);
  console.log('| articles | text MB | heap held by the engine MB | RSS MB | snapshot MB | build s |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes.filter((n) => n <= files.length)) {
    const subset = files.slice(0, size);
    const before = settledHeap();
    const started = performance.now();
    let engine: Engine | null = createEngine(subset).engine;
    const buildSeconds = (performance.now() - started) / 1000;
    const held = settledHeap() - before;
    const rss = process.memoryUsage().rss;
    const snapshot = JSON.stringify(engine.toJSON()).length;
    const text = subset.reduce((sum, f) => sum + f.bytes.length, 0);
    console.log(
      `| ${size} | ${(text / MB).toFixed(1)} | ${(held / MB).toFixed(0)} | ${(rss / MB).toFixed(0)} | ${(snapshot / MB).toFixed(0)} | ${buildSeconds.toFixed(1)} |`,
    );
    engine = null;
  }
}

main().catch((error: unknown) => {
  console.error(`measure-memory failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
