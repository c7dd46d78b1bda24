import type { DevQaResult } from './quality/run-dev-qa.js';
import type { SciFactResult } from './quality/run-scifact.js';
import type { SquadReadingResult } from './quality/run-squad-reading.js';
import type { ReutersTitleResult } from './quality/run-reuters-titles.js';
import type { SquadRetrievalResult } from './quality/run-squad-retrieval.js';
import type { SquadV2Result } from './quality/run-squad-v2.js';
import type { SweepRow } from './quality/run-weighting-sweep.js';
import type { AskSpeed } from './speed/measure-ask.js';
import type { RetrieverSpeed } from './speed/measure-retriever.js';

export interface MachineInfo {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  /** ISO timestamp of the run. */
  date: string;
}

/** Speed of every engine on one corpus, plus the RSS of a process holding only that corpus. */
export interface SpeedSection {
  corpus: string;
  corpusOnlyRssMb: number;
  rows: RetrieverSpeed[];
}

/** Everything one `npm run bench` measured; parts it skipped are empty and listed in `notes`. */
export interface BenchResults {
  mode: 'full' | 'quick';
  machine: MachineInfo;
  command: string;
  scifact: SciFactResult[];
  squadRetrieval: SquadRetrievalResult[];
  squadReading: SquadReadingResult[];
  /** SQuAD v2.0 dev through `engine.ask`: given the gold paragraph, and as a closed corpus. */
  squadV2: SquadV2Result[];
  /** Reuters-21578 titles asked as queries: our engine, then plain search engines. */
  reutersTitles: ReutersTitleResult[];
  devQa: DevQaResult | null;
  sweep: SweepRow[];
  speed: SpeedSection[];
  ask: AskSpeed[];
  notes: string[];
}
