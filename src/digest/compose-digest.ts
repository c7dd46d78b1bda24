import type { Engine } from '../engine/types.js';
import { buildDigest } from './build-digest.js';
import { renderDigest } from './render-digest.js';
import type { DigestRunnerDeps } from './run-digest.js';

/** The runner's `compose`: build the digest from the live engine and render it for the channel. */
export function createDigestComposer(engine: Engine): DigestRunnerDeps['compose'] {
  return (exclude, window) => {
    const digest = buildDigest(engine, { exclude, window });
    return { message: renderDigest(digest), articles: digest.articles };
  };
}
