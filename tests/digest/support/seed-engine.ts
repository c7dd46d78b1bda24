import { readSeedFiles } from '../../../src/corpus/read-source-file.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Engine } from '../../../src/engine/types.js';

export const SEEDS_DIR = new URL('../../../seeds/', import.meta.url).pathname;

/** The real engine over the five seed articles. */
export async function seedEngine(): Promise<Engine> {
  return createEngine(await readSeedFiles(SEEDS_DIR)).engine;
}
