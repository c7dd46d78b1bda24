import { loadCorpusConfig } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { buildDigest } from '../digest/build-digest.js';
import { digestScope } from '../digest/run-digest.js';
import { renderDigestText } from './render-digest-text.js';
import { createLowdbDigestStore, digestStorePath } from '../storage/lowdb-digest-store.js';

const USAGE = 'usage: npm run digest -- --preview | --json   (shows the digest that would be posted now; posts nothing)';

async function main(argv: string[]): Promise<number> {
  const mode = argv.length === 1 && (argv[0] === '--preview' || argv[0] === '--json') ? argv[0] : null;
  if (!mode) {
    console.error(argv.length ? `unknown or extra option: ${argv.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const { seedsDir, dataDir } = loadCorpusConfig();
  const { engine } = await loadCorpus({ seedsDir, dataDir, log: (line) => console.error(line) });
  // Only read: a preview never records anything.
  const store = await createLowdbDigestStore(digestStorePath(dataDir));
  const digest = buildDigest(engine, digestScope(await store.runs(), new Date()));
  process.stdout.write(mode === '--json' ? `${JSON.stringify(digest, null, 2)}\n` : renderDigestText(digest));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`digest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
