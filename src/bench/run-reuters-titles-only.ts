import { readTitledStories } from './data/read-ask-sets.js';
import { renderReutersTitles } from './report/render-report.js';
import { runReutersTitles } from './quality/run-reuters-titles.js';

/**
 * `npm run bench -- --data <dir> --titles-only [--quick]`: the Reuters title known-item section alone
 * (a few minutes over all 19,043 stories; one file with --quick), as the full run reports it.
 */
export async function runReutersTitlesOnly(dataDir: string, quick: boolean): Promise<string> {
  const { stories, titlesAsked } = await readTitledStories(dataDir, quick);
  return renderReutersTitles(runReutersTitles(stories, titlesAsked)).join('\n');
}
