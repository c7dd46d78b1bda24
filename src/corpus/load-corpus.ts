import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createEngine, loadEngine, hashArticle, type EngineOptions, type Engine, type IngestWarning } from '../engine/index.js';
import { readSeedFiles } from './read-source-file.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface LoadCorpusOptions {
  seedsDir: string;
  dataDir: string;
  /** Progress and warnings, one line each (stderr in the CLI). */
  log?: (line: string) => void;
  engineOptions?: Partial<EngineOptions>;
}

export interface LoadedCorpus {
  engine: Engine;
  warnings: IngestWarning[];
  /** How the engine came to be: from the saved snapshot, patched from it, or built anew. */
  origin: 'snapshot' | 'patched' | 'built';
}

export const snapshotPath = (dataDir: string) => join(dataDir, 'index.json');

/** Writes the engine's snapshot atomically (temp file + rename): a crash leaves the previous one whole. */
export async function saveCorpusSnapshot(engine: Engine, dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomic(snapshotPath(dataDir), JSON.stringify(engine.toJSON()));
}

async function readSnapshot(dataDir: string, log: (line: string) => void, options?: Partial<EngineOptions>): Promise<Engine | null> {
  const path = snapshotPath(dataDir);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return loadEngine(JSON.parse(raw), options);
  } catch (error) {
    // The snapshot is derived from seeds/, so it is rebuilt; the unreadable one is kept aside, not deleted.
    const aside = `${path}.unreadable-${Date.now()}`;
    await rename(path, aside).catch(() => undefined);
    log(`index snapshot ${path} could not be used (${(error as Error).message}); rebuilding, old file kept as ${aside}`);
    return null;
  }
}

/**
 * Loads the corpus: reuses the saved index when the seed files are unchanged, patches it
 * incrementally when some changed, and builds it anew otherwise; saves it when it changed.
 */
export async function loadCorpus(options: LoadCorpusOptions): Promise<LoadedCorpus> {
  const log = options.log ?? (() => undefined);
  const files = await readSeedFiles(options.seedsDir);
  const saved = await readSnapshot(options.dataDir, log, options.engineOptions);
  let engine: Engine;
  let warnings: IngestWarning[] = [];
  let origin: LoadedCorpus['origin'];
  if (saved) {
    const known = saved.hashes();
    const present = new Set(files.map((f) => f.name));
    const changed = files.filter((f) => known[f.name] !== hashArticle(f.bytes));
    const gone = Object.keys(known).filter((name) => !present.has(name));
    warnings = changed.flatMap((file) => saved.upsert(file).warnings);
    gone.forEach((name) => saved.remove(name));
    engine = saved;
    // Skipped files (binary, empty) come back as "changed" each time but leave the engine as it was.
    origin = JSON.stringify(saved.hashes()) === JSON.stringify(known) ? 'snapshot' : 'patched';
  } else {
    ({ engine, warnings } = createEngine(files, options.engineOptions));
    origin = 'built';
  }
  // Ingest warnings already name their file.
  for (const warning of warnings) log(`warning: ${warning.message}`);
  if (origin !== 'snapshot') await saveCorpusSnapshot(engine, options.dataDir);
  return { engine, warnings, origin };
}
