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

const USAGE = 'usage: npm run migrate-store -- --from <data dir> --to <postgres://...> [--seeds <seeds dir>]';

async function main(argv: string[]): Promise<number> {
  let values: { from?: string; to?: string; seeds?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' }, seeds: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help || !values.from || !values.to) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(values.from)) {
    console.error(`migrate-store: ${values.from} does not exist`);
    return 2;
  }
  if (!/^postgres(ql)?:\/\//.test(values.to)) {
    console.error(`migrate-store: --to must be a postgres:// URL\n${USAGE}`);
    return 2;
  }
  const log = (line: string) => console.error(line);
  const from = await openStores({ dataDir: values.from });
  const to = await openStores({ dataDir: values.from, databaseUrl: values.to, log });
  try {
    const report = await copyLowdbToPostgres(from, to, values.from);
    const { notes, ...counts } = report;
    console.log(Object.entries(counts).map(([kind, n]) => `${kind}: ${n}`).join(', '));
    for (const note of notes) console.log(`note: ${note}`);
    if (values.seeds && to.articles) {
      const { imported, unchanged } = await importSeeds(to.articles, values.seeds);
      console.log(`articles: ${imported} imported, ${unchanged} already there`);
    }
  } finally {
    await to.close();
    await from.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`migrate-store failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
