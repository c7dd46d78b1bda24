import type { Engine } from '../engine/index.js';
import { buildDigest } from './build-digest.js';
import type { DigestRunnerDeps } from './run-digest.js';

/** The runner's `compose`: builds the digest from the live engine (rendering is the poster's job). */
export function createDigestComposer(engine: Engine): DigestRunnerDeps['compose'] {
  return (exclude, window) => buildDigest(engine, { exclude, window });
}
