import { loadCorpusConfig } from '../config.js';
import type { AddOutcome } from '../corpus/add-article.js';
import { createIngestService } from '../corpus/create-ingest-service.js';
import { IngestError } from '../corpus/ingest-error.js';
import { followArticleStore } from '../corpus/follow-article-store.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { persistToStore } from '../corpus/start-shared-corpus.js';
import { openStores } from '../storage/open-stores.js';
import { isEntryPoint, runAsProcess, type CliIo } from './cli-io.js';

const USAGE =
  'usage: npm run ingest -- <file|folder|url>...   (.txt/.md as they are, .html through article extraction, URLs fetched)';

function describe(input: string, outcome: AddOutcome): string {
  if (outcome.status === 'duplicate')
    return `have   ${input}: already have it (${outcome.file}: ${outcome.title})`;
  const facts = [outcome.source, outcome.date, `${outcome.passageCount} passages`].filter(Boolean).join(', ');
  return `added  ${outcome.file}: ${outcome.title} (${facts})`;
}

/** `npm run ingest -- <file|folder|url>...`; returns the exit code (1 when any input failed). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) {
    io.err(USAGE);
    return 2;
  }
  const { seedsDir, dataDir, allowPrivateUrls, databaseUrl } = loadCorpusConfig(io.env);
  const log = (line: string) => io.err(line);
  const { engine } = await loadCorpus({ seedsDir, dataDir, log });
  // With DATABASE_URL, articles go to the shared corpus (running instances pick them up within a
  // second); the duplicate check first learns every article already there.
  const stores = databaseUrl ? await openStores({ dataDir, databaseUrl, log }) : null;
  if (stores?.articles) await (await followArticleStore({ engine, store: stores.articles, log })).stop();
  const persist = stores?.articles ? persistToStore(stores.articles) : undefined;
  const service = createIngestService({
    engine,
    seedsDir,
    dataDir,
    log,
    fetchOptions: { allowPrivateUrls },
    persist,
  });
  const counts = { added: 0, duplicate: 0, failed: 0 };
  const started = performance.now();
  try {
    for (const input of argv) {
      const results = /^[a-z]+:\/\//i.test(input)
        ? await service.ingestUrl(input, { addedBy: 'cli' }).then(
            (outcome) => [{ path: input, outcome }],
            (error: unknown) => {
              if (error instanceof IngestError) return [{ path: input, error }];
              throw error;
            },
          )
        : await service.ingestPath(input);
      for (const r of results) {
        if ('outcome' in r) {
          counts[r.outcome.status]++;
          io.out(describe(r.path, r.outcome));
        } else {
          counts.failed++;
          io.out(`error  ${r.path}: ${r.error.message}`);
        }
      }
    }
  } finally {
    await service.close();
    await stores?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  io.err(
    `${counts.added} added, ${counts.duplicate} already held, ${counts.failed} failed in ${seconds.toFixed(1)} s`,
  );
  return counts.failed > 0 ? 1 : 0;
}

if (isEntryPoint(import.meta.url)) runAsProcess('ingest', run);
