import { readSeedFiles } from '../../../src/corpus/read-source-file.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Engine } from '../../../src/engine/types.js';

/** The real engine over the project's seed articles (built once per test file). */
export async function buildSeedEngine(seedsDir = 'seeds'): Promise<Engine> {
  return createEngine(await readSeedFiles(seedsDir)).engine;
}
