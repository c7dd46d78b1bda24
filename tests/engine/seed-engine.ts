import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../src/engine/create-engine.js';
import type { Engine, SourceFile } from '../../src/engine/types.js';

/** The real seed articles as SourceFiles. */
export function seedFiles(dir = 'seeds'): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))), mtimeMs: 0 }));
}

let shared: Engine | null = null;

/** One engine over the real seeds, built once per test file. */
export function seedEngine(): Engine {
  shared ??= createEngine(seedFiles()).engine;
  return shared;
}
