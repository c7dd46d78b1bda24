import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import {
  derivedFingerprint,
  loadEngine,
  readSnapshotHeader,
  SnapshotVersionError,
  type EngineOptions,
  type Engine,
  type IngestWarning,
} from '../engine/index.js';
import { buildEngine, type BuildEngineOptions } from './build-engine.js';
import { setAsideUnreadable } from './set-aside-unreadable.js';
import { readSourceFile, statSeedFiles, type FileStamp } from './read-source-file.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface LoadCorpusOptions {
  seedsDir: string;
  dataDir: string;
  /** Keep saved articles seeds/ lacks: with DATABASE_URL they came from the shared store, which settles them. */
  keepUnlisted?: boolean;
  /** Progress and warnings, one line each (stderr in the CLI). */
  log?: (line: string) => void;
  engineOptions?: Partial<EngineOptions>;
  /** When a cold build derives entities in a worker thread (tests set a small corpus's). */
  build?: Pick<BuildEngineOptions, 'workerMinFiles' | 'workerMemoryMb'>;
}

export interface LoadedCorpus {
  engine: Engine;
  warnings: IngestWarning[];
  /** How the engine came to be: from the saved snapshot, patched from it, or built anew. */
  origin: 'snapshot' | 'patched' | 'built';
  /** The seeds listing it loaded from (the seeds watcher can start from it instead of stat'ing again). */
  listed: FileStamp[];
}

/** The engine's binary snapshot (see `engine.toBytes()`), with a CRC-32 of it in the last four bytes. */
export const snapshotPath = (dataDir: string) => join(dataDir, 'index.bin');

/** Where snapshots were saved as one JSON document, before the binary form. */
const oldSnapshotPath = (dataDir: string) => join(dataDir, 'index.json');

/** Writes the engine's snapshot atomically (temp file + rename): a crash leaves the previous one whole. */
export async function saveCorpusSnapshot(engine: Engine, dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const bytes = engine.toBytes();
  const sum = new Uint8Array(4);
  new DataView(sum.buffer).setUint32(0, crc32(bytes), true);
  await writeFileAtomic(snapshotPath(dataDir), [bytes, sum]);
}

/** The snapshot's bytes, once its checksum holds; throws when it does not (a torn or damaged file). */
function checkedBytes(file: Uint8Array): Uint8Array {
  const bytes = file.subarray(0, Math.max(0, file.byteLength - 4));
  const sum =
    file.byteLength < 4 ? -1 : new DataView(file.buffer, file.byteOffset).getUint32(bytes.byteLength, true);
  if (sum !== crc32(bytes)) throw new Error('checksum mismatch: the file is damaged or incomplete');
  return bytes;
}

/**
 * Reads a file while the entity finder's fingerprint (which restoring needs, and which loads a large
 * part-of-speech lexicon) is computed: the CPU work overlaps the disk read.
 */
async function readWhileFingerprinting(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(size);
    // One read request for the whole file (readFile's chunks would each wait for the CPU work).
    const first = handle.read(bytes, 0, size, 0);
    derivedFingerprint();
    let done = (await first).bytesRead;
    while (done < size) {
      const { bytesRead } = await handle.read(bytes, done, size - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    await handle.close();
  }
}

/**
 * Reads the saved snapshot's bytes and restores the engine from them (what start-up times as
 * "snapshot load"); throws when it is missing, damaged or of another version.
 */
export async function readCorpusSnapshot(dataDir: string, options?: Partial<EngineOptions>): Promise<Engine> {
  return loadEngine(checkedBytes(await readWhileFingerprinting(snapshotPath(dataDir))), options);
}

/** The saved engine, and whether its entities and labels had to be recomputed (another entity finder saved them). */
async function readSnapshot(
  dataDir: string,
  log: (line: string) => void,
  options?: Partial<EngineOptions>,
): Promise<{ engine: Engine; rederived: boolean } | null> {
  const path = snapshotPath(dataDir);
  let file: Uint8Array;
  try {
    file = await readWhileFingerprinting(path);
  } catch {
    const old = oldSnapshotPath(dataDir);
    // The old form is not read: it is rebuilt from seeds/ (and the new form saved) instead.
    if (
      await rm(old).then(
        () => true,
        () => false,
      )
    )
      log(`index snapshot ${old} is in the old JSON format; rebuilding the index (removed it)`);
    return null;
  }
  try {
    const bytes = checkedBytes(file);
    const rederived = readSnapshotHeader(bytes).fingerprint !== derivedFingerprint();
    const engine = loadEngine(bytes, options);
    if (rederived)
      log('index snapshot: entities and event labels were saved by another entity finder; recomputing them');
    return { engine, rederived };
  } catch (error) {
    // The snapshot is derived from seeds/, so it is rebuilt. Another version's is a normal upgrade:
    // removed. A damaged one is kept aside (the latest only) for someone to look into.
    if (error instanceof SnapshotVersionError) {
      await rm(path, { force: true }).catch(() => undefined);
      log(
        `index snapshot ${path} is of another version (${error.message}); rebuilding the index (removed it)`,
      );
      return null;
    }
    const aside = await setAsideUnreadable(path, log);
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
    const gone = options.keepUnlisted ? [] : Object.keys(known).filter((name) => !present.has(name));
    const results = saved.upsertMany(await read(stale.map((s) => s.name)));
    warnings = results.flatMap((r) => r.warnings);
    gone.forEach((name) => saved.remove(name));
    engine = saved;
    // Skipped files (binary, empty) are read each time but leave the engine as it was.
    const changed = gone.length > 0 || stale.some(({ name }) => saved.stamp(name)?.hash !== known[name]);
    origin = changed || restored.rederived ? 'patched' : 'snapshot';
  } else {
    ({ engine, warnings } = await buildEngine(
      stamps.map((s) => s.name),
      read,
      { engineOptions: options.engineOptions, log, ...options.build },
    ));
    origin = 'built';
  }
  // Ingest warnings already name their file.
  for (const warning of warnings) log(`warning: ${warning.message}`);
  if (origin !== 'snapshot') await saveCorpusSnapshot(engine, options.dataDir);
  return { engine, warnings, origin, listed: stamps };
}
