import { readSeedFiles } from '../../corpus/read-source-file.js';
import { createEngine } from '../../engine/index.js';
import { readDevQa } from '../data/read-dev-qa.js';
import { timeAsks, type AskSpeed } from '../speed/measure-ask.js';
import { runDevQa, type DevQaResult } from './run-dev-qa.js';

/** Times the dev-qa questions this many times over for the seeds' ask p50. */
const ROUNDS = 10;

/** The engine over the seed articles: dev-qa pass count and end-to-end ask timing. */
export async function runSeeds(
  seedsDir: string,
  devQaPath: string,
): Promise<{ devQa: DevQaResult; ask: AskSpeed }> {
  const [files, set] = await Promise.all([readSeedFiles(seedsDir), readDevQa(devQaPath)]);
  const started = process.hrtime.bigint();
  const { engine } = createEngine(files);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const questions = Array.from({ length: ROUNDS }, () => set.questions.map((q) => q.q)).flat();
  const ask = { ...timeAsks(engine, 'seeds', questions, set.questions.length), files: files.length, buildMs };
  return { devQa: runDevQa(engine, set), ask };
}
