import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createEngine,
  derivedFingerprint,
  loadEngine,
  type EngineOptions,
  type Engine,
  type IngestWarning,
} from '../engine/index.js';
import { readSourceFile, statSeedFiles } from './read-source-file.js';
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

/** The saved engine, and whether its entities and labels had to be recomputed (another entity finder saved them). */
async function readSnapshot(
  dataDir: string,
  log: (line: string) => void,
  options?: Partial<EngineOptions>,
): Promise<{ engine: Engine; rederived: boolean } | null> {
  const path = snapshotPath(dataDir);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const snapshot = JSON.parse(raw) as { derived?: { fingerprint?: string } };
    const rederived = snapshot.derived?.fingerprint !== derivedFingerprint();
    if (rederived)
      log('index snapshot: entities and event labels were saved by another entity finder; recomputing them');
    return { engine: loadEngine(snapshot, options), rederived };
  } catch (error) {
    // The snapshot is derived from seeds/, so it is rebuilt; the unreadable one is kept aside, not deleted.
    const aside = `${path}.unreadable-${Date.now()}`;
    await rename(path, aside).catch(() => undefined);
    log(
      `index snapshot ${path} could not be used (${(error as Error).message}); rebuilding, old file kept as ${aside}`,
    );
    return null;
  }
}

/**
 * Loads the corpus: restores the saved index and reads only the seed files whose size or mtime
 * differ from what it holds (the engine then parses only those whose bytes changed); builds it
 * anew when there is no usable snapshot; saves it when anything changed.
 */
export async function loadCorpus(options: LoadCorpusOptions): Promise<LoadedCorpus> {
  const log = options.log ?? (() => undefined);
  const [stamps, restored] = await Promise.all([
    statSeedFiles(options.seedsDir),
    readSnapshot(options.dataDir, log, options.engineOptions),
  ]);
  const saved = restored?.engine;
  const read = (names: string[]) =>
    Promise.all(names.map((name) => readSourceFile(join(options.seedsDir, name), options.seedsDir)));
  let engine: Engine;
  let warnings: IngestWarning[] = [];
  let origin: LoadedCorpus['origin'];
  if (saved) {
    const known = saved.hashes();
    const stale = stamps.filter(({ name, size, mtimeMs }) => {
      const held = saved.stamp(name);
      return !held || held.size !== size || held.mtimeMs !== mtimeMs;
    });
    const present = new Set(stamps.map((s) => s.name));
    const gone = Object.keys(known).filter((name) => !present.has(name));
    const results = saved.upsertMany(await read(stale.map((s) => s.name)));
    warnings = results.flatMap((r) => r.warnings);
    gone.forEach((name) => saved.remove(name));
    engine = saved;
    // Skipped files (binary, empty) are read each time but leave the engine as it was.
    const changed = gone.length > 0 || stale.some(({ name }) => saved.stamp(name)?.hash !== known[name]);
    origin = changed || restored.rederived ? 'patched' : 'snapshot';
  } else {
    ({ engine, warnings } = createEngine(await read(stamps.map((s) => s.name)), options.engineOptions));
    origin = 'built';
  }
  // Ingest warnings already name their file.
  for (const warning of warnings) log(`warning: ${warning.message}`);
  if (origin !== 'snapshot') await saveCorpusSnapshot(engine, options.dataDir);
  return { engine, warnings, origin };
}
