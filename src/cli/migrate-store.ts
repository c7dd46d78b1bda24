/**
 * `npm run migrate-store -- --from data/ --to "$DATABASE_URL" [--seeds seeds/]`: copies a
 * lowdb install (votes, feeds, digest history, threads, audit trail, digest settings) and its
 * seeds folder into Postgres, migrating the schema first. Safe to run again.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importSeeds } from '../corpus/import-seeds.js';
import { copyLowdbToPostgres } from '../storage/copy-lowdb-to-postgres.js';
import { openStores } from '../storage/open-stores.js';
import { isEntryPoint, runAsProcess, type CliIo } from './cli-io.js';
import { errorMessage } from '../error-message.js';

const USAGE = 'usage: npm run migrate-store -- --from <data dir> --to <postgres://...> [--seeds <seeds dir>]';

export async function run(argv: string[], io: CliIo): Promise<number> {
  let values: { from?: string; to?: string; seeds?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        seeds: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`${errorMessage(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help || !values.from || !values.to) {
    io.err(USAGE);
    return 2;
  }
  if (!existsSync(values.from)) {
    io.err(`migrate-store: ${values.from} does not exist`);
    return 2;
  }
  if (!/^postgres(ql)?:\/\//.test(values.to)) {
    io.err(`migrate-store: --to must be a postgres:// URL\n${USAGE}`);
    return 2;
  }
  const log = (line: string) => io.err(line);
  const from = await openStores({ dataDir: values.from });
  const to = await openStores({ dataDir: values.from, databaseUrl: values.to, log });
  try {
    const report = await copyLowdbToPostgres(from, to, values.from);
    const { notes, ...counts } = report;
    io.out(
      Object.entries(counts)
        .map(([kind, n]) => `${kind}: ${n}`)
        .join(', '),
    );
    for (const note of notes) io.out(`note: ${note}`);
    if (values.seeds && to.articles) {
      const { imported, unchanged } = await importSeeds(to.articles, values.seeds);
      io.out(`articles: ${imported} imported, ${unchanged} already there`);
    }
  } finally {
    await to.close();
    await from.close();
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) runAsProcess('migrate-store', run);
