import { join } from 'node:path';
import { sampleSquad } from '../sample-sets.js';
import { readReuters, type ReutersStory } from './read-reuters.js';
import { readSquad, type SquadSet } from './read-squad.js';

/**
 * SQuAD v1.1 dev as the bench reads it: all of it, or in quick mode the first 300 paragraphs and every
 * third question about them. The full run and `--squad-v1-only` both read it here.
 */
export async function readSquadV1Set(dataDir: string, quick: boolean): Promise<SquadSet> {
  const full = await readSquad(join(dataDir, 'squad-v1.1', 'dev-v1.1.json'));
  return quick ? sampleSquad(full, 300, 3) : full;
}

/**
 * SQuAD v2.0 dev as the bench asks it through `engine.ask`: all of it, or in quick mode the first 200
 * paragraphs and every other question about them. The full run and `--squad-v2-only` both read it here.
 */
export async function readSquadV2Set(dataDir: string, quick: boolean): Promise<SquadSet> {
  const full = await readSquad(join(dataDir, 'squad-v2.0', 'dev-v2.0.json'));
  return quick ? sampleSquad(full, 200, 2) : full;
}

/**
 * The Reuters-21578 stories that have a title (one file in quick mode), and how many titles the known-item
 * section asks of them. The full run and `--titles-only` both read them here.
 */
export async function readTitledStories(
  dataDir: string,
  quick: boolean,
): Promise<{ stories: ReutersStory[]; titlesAsked: number }> {
  const stories = (await readReuters(join(dataDir, 'reuters21578'), quick ? { maxFiles: 1 } : {})).filter(
    (s) => s.title !== '',
  );
  return { stories, titlesAsked: quick ? 150 : 400 };
}
