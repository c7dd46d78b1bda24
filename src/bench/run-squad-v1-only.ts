import { readSquadV1Set } from './data/read-ask-sets.js';
import { renderSquadReading } from './report/render-report.js';
import { runSquadReading } from './quality/run-squad-reading.js';
import { askReader } from './quality/ask-reader.js';
import { spanReader } from './quality/span-reader.js';

/**
 * `npm run bench -- --data <dir> --squad-v1-only [--quick]`: SQuAD v1.1 given the gold paragraph, our
 * span reader and the whole engine (`engine.ask`), overall and by question kind (the full run's quick sampling with --quick).
 */
export async function runSquadV1Only(dataDir: string, quick: boolean): Promise<string> {
  const set = await readSquadV1Set(dataDir, quick);
  return renderSquadReading([spanReader, askReader].map((reader) => runSquadReading(set, reader))).join('\n');
}
