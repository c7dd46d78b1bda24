import { readSeedFiles } from '../../src/corpus/read-source-file.js';
import { createEngine, type Engine, type SourceFile } from '../../src/engine/index.js';

/** The project's seed folder, independent of the working directory. */
export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

/** The real seed articles, read as the app reads them. */
export const seedFiles = (seedsDir = SEEDS_DIR): Promise<SourceFile[]> => readSeedFiles(seedsDir);

/** A fresh real engine over the seed articles (tests that change the corpus need their own). */
export async function seedEngine(seedsDir = SEEDS_DIR): Promise<Engine> {
  return createEngine(await seedFiles(seedsDir)).engine;
}
