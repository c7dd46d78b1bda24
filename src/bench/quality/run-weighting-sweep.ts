import { createSearchIndex, defaultIndexOptions, type IndexOptions } from '../../engine/index.js';
import type { BenchDoc, SciFactSet } from '../data/read-scifact.js';
import type { SquadSet } from '../data/read-squad.js';
import { rescore } from '../retrievers/our-index.js';
import { scoreSciFact } from './run-scifact.js';
import { scoreSquadRetrieval, squadParagraphDocs } from './run-squad-retrieval.js';

export interface SweepRow {
  options: IndexOptions;
  scifactNdcg10: number;
  scifactRecall100: number;
  squadHit1: number;
  squadHit5: number;
}

/** The variants compared: BM25 over a k1 × b grid, TF-IDF, and the analysis switches off. */
export function sweepVariants(): Array<Partial<IndexOptions>> {
  const grid: Array<Partial<IndexOptions>> = [];
  for (const k1 of [0.6, 0.9, 1.2, 1.5, 2.0])
    for (const b of [0.4, 0.6, 0.75, 0.9]) grid.push({ weighting: 'bm25', k1, b });
  return [
    ...grid,
    { weighting: 'tfidf' },
    { stem: false },
    { stopWords: false },
    { stem: false, stopWords: false },
  ];
}

function analysed(docs: BenchDoc[], options: IndexOptions) {
  const index = createSearchIndex(options);
  for (const doc of docs) index.add(doc.id, doc.text);
  return index.toJSON();
}

/**
 * Our index under each variant on SciFact and SQuAD retrieval; text is analysed once per (stem, stopWords).
 */
export function runWeightingSweep(
  scifact: SciFactSet,
  squad: SquadSet,
  variants = sweepVariants(),
): SweepRow[] {
  const built = new Map<
    string,
    { scifact: ReturnType<typeof analysed>; squad: ReturnType<typeof analysed> }
  >();
  return variants.map((variant) => {
    const options = { ...defaultIndexOptions, ...variant };
    const key = `${options.stem}/${options.stopWords}`;
    let indexes = built.get(key);
    if (!indexes) {
      indexes = {
        scifact: analysed(scifact.docs, options),
        squad: analysed(squadParagraphDocs(squad), options),
      };
      built.set(key, indexes);
    }
    const sf = scoreSciFact(scifact, rescore(indexes.scifact, options), 'sweep');
    const sq = scoreSquadRetrieval(squad, rescore(indexes.squad, options), 'sweep');
    return {
      options,
      scifactNdcg10: sf.ndcg10,
      scifactRecall100: sf.recall100,
      squadHit1: sq.hit1,
      squadHit5: sq.hit5,
    };
  });
}
