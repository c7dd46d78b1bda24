import { loadCorpusConfig } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { buildDigest } from '../digest/build-digest.js';
import { digestScope } from '../digest/run-digest.js';
import { isEntryPoint, runAsProcess, type CliIo } from './cli-io.js';
import { renderDigestText } from './render-digest-text.js';
import { createLowdbDigestStore, digestStorePath } from '../storage/lowdb-digest-store.js';

const USAGE =
  'usage: npm run digest -- --preview | --json   (shows the digest that would be posted now; posts nothing)';

/** `npm run digest -- --preview | --json`: the digest that would be posted now; returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const mode = argv.length === 1 && (argv[0] === '--preview' || argv[0] === '--json') ? argv[0] : null;
  if (!mode) {
    io.err(argv.length ? `unknown or extra option: ${argv.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const { seedsDir, dataDir } = loadCorpusConfig(io.env);
  const { engine } = await loadCorpus({ seedsDir, dataDir, log: (line) => io.err(line) });
  // Only read: a preview never records anything.
  const store = await createLowdbDigestStore(digestStorePath(dataDir));
  const digest = buildDigest(engine, digestScope(await store.runs(), new Date()));
  io.out(mode === '--json' ? JSON.stringify(digest, null, 2) : renderDigestText(digest).replace(/\n$/, ''));
  return 0;
}

if (isEntryPoint(import.meta.url)) runAsProcess('digest', run);
