import { loadCorpusConfig } from '../config.js';
import type { AddOutcome } from '../corpus/add-article.js';
import { createIngestService } from '../corpus/create-ingest-service.js';
import { IngestError } from '../corpus/ingest-error.js';
import { loadCorpus } from '../corpus/load-corpus.js';

const USAGE = 'usage: npm run ingest -- <file|folder|url>...   (.txt/.md as they are, .html through article extraction, URLs fetched)';

function describe(input: string, outcome: AddOutcome): string {
  if (outcome.status === 'duplicate') return `have   ${input}: already have it (${outcome.file}: ${outcome.title})`;
  const facts = [outcome.source, outcome.date, `${outcome.passageCount} passages`].filter(Boolean).join(', ');
  return `added  ${outcome.file}: ${outcome.title} (${facts})`;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) {
    console.error(USAGE);
    return 2;
  }
  const { seedsDir, dataDir, allowPrivateUrls } = loadCorpusConfig();
  const log = (line: string) => console.error(line);
  const { engine } = await loadCorpus({ seedsDir, dataDir, log });
  const service = createIngestService({ engine, seedsDir, dataDir, log, fetchOptions: { allowPrivateUrls } });
  const counts = { added: 0, duplicate: 0, failed: 0 };
  const started = performance.now();
  try {
    for (const input of argv) {
      const results = /^[a-z]+:\/\//i.test(input)
        ? await service.ingestUrl(input).then(
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
          console.log(describe(r.path, r.outcome));
        } else {
          counts.failed++;
          console.log(`error  ${r.path}: ${r.error.message}`);
        }
      }
    }
  } finally {
    await service.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.error(`${counts.added} added, ${counts.duplicate} already held, ${counts.failed} failed in ${seconds.toFixed(1)} s`);
  return counts.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
