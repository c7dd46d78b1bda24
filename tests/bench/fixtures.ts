import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchResults } from '../../src/bench/bench-results.js';

/** A tiny data folder laid out like ../shared/bench (SciFact, SQuAD, Reuters), for harness tests. */
export async function writeTinyBenchData(dir: string): Promise<void> {
  await mkdir(join(dir, 'scifact', 'qrels'), { recursive: true });
  await mkdir(join(dir, 'squad-v1.1'), { recursive: true });
  await mkdir(join(dir, 'squad-v2.0'), { recursive: true });
  await mkdir(join(dir, 'reuters21578'), { recursive: true });
  const docs = [
    ['d1', 'Cocoa crops', 'Showers in Bahia helped the cocoa crop.'],
    ['d2', 'Oil', 'OPEC output rose and crude prices fell.'],
    ['d3', 'Banks', 'The central bank cut its discount rate.'],
  ];
  await writeFile(
    join(dir, 'scifact', 'corpus.jsonl'),
    docs.map(([id, title, text]) => JSON.stringify({ _id: id, title, text })).join('\n'),
  );
  await writeFile(
    join(dir, 'scifact', 'queries.jsonl'),
    ['{"_id":"1","text":"Bahia cocoa showers"}', '{"_id":"2","text":"crude oil prices"}'].join('\n'),
  );
  await writeFile(
    join(dir, 'scifact', 'qrels', 'test.tsv'),
    'query-id\tcorpus-id\tscore\n1\td1\t1\n2\td2\t1\n',
  );
  const context = 'Tesla builds electric cars. Its chief executive is Elon Musk.';
  await writeFile(
    join(dir, 'squad-v1.1', 'dev-v1.1.json'),
    JSON.stringify({
      version: '1.1',
      data: [
        {
          title: 'T',
          paragraphs: [
            {
              context,
              qas: [
                {
                  id: 'q',
                  question: 'Who is the chief executive of Tesla?',
                  answers: [{ text: 'Elon Musk', answer_start: context.indexOf('Elon') }],
                },
              ],
            },
          ],
        },
      ],
    }),
  );
  await writeFile(
    join(dir, 'squad-v2.0', 'dev-v2.0.json'),
    JSON.stringify({
      version: 'v2.0',
      data: [
        {
          title: 'T',
          paragraphs: [
            {
              context,
              qas: [
                {
                  id: 'a',
                  question: 'Who is the chief executive of Tesla?',
                  answers: [{ text: 'Elon Musk', answer_start: context.indexOf('Elon') }],
                  is_impossible: false,
                },
                {
                  id: 'u',
                  question: 'Who founded Tesla?',
                  answers: [],
                  plausible_answers: [{ text: 'Elon Musk', answer_start: context.indexOf('Elon') }],
                  is_impossible: true,
                },
              ],
            },
          ],
        },
      ],
    }),
  );
  const stories = Array.from(
    { length: 30 },
    (_, i) =>
      `<REUTERS NEWID="${i + 1}">\n<DATE>2-MAR-1987</DATE><TEXT><TITLE>STORY ${i}</TITLE><BODY>Cocoa exports rose ${i} pct in March. ` +
      `Traders in Bahia said prices were firm.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n`,
  ).join('');
  await writeFile(join(dir, 'reuters21578', 'reut2-000.sgm'), stories);
}

/** A results object with one figure of each kind, for report and baseline tests. */
export function sampleResults(): BenchResults {
  return {
    mode: 'full',
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      ramGb: 4,
      os: 'linux',
      node: 'v20.0.0',
      date: '2026-01-01T00:00:00.000Z',
    },
    command: 'npm run bench -- --data ../shared/bench',
    scifact: [
      { engine: 'minerals', queries: 300, ndcg10: 0.69, recall100: 0.93 },
      { engine: 'natural TfIdf', queries: 300, ndcg10: 0.47, recall100: 0.84 },
    ],
    squadRetrieval: [{ engine: 'minerals', questions: 10, hit1: 0.8, hit5: 0.95 }],
    squadReading: [
      {
        engine: 'minerals',
        questions: 10,
        sentenceAccuracy: 0.8,
        exactMatch: 30,
        f1: 40,
        byKind: [
          { kind: 'who', questions: 6, exactMatch: 50, f1: 60 },
          { kind: 'other', questions: 4, exactMatch: 0, f1: 10 },
        ],
      },
    ],
    squadV2: [
      {
        setting: 'gold paragraph',
        abstainF1: 50,
        hasAnsAnswered: 0.7,
        noAnsAnswered: 0.2,
        paragraphHit: null,
        scores: {
          total: 10,
          exact: 55,
          f1: 58,
          hasAnsTotal: 5,
          hasAnsExact: 30,
          hasAnsF1: 36,
          noAnsTotal: 5,
          noAnsAccuracy: 80,
        },
      },
      {
        setting: 'closed corpus',
        abstainF1: 50,
        hasAnsAnswered: 0.6,
        noAnsAnswered: 0.3,
        paragraphHit: 0.9,
        scores: {
          total: 10,
          exact: 50,
          f1: 52,
          hasAnsTotal: 5,
          hasAnsExact: 20,
          hasAnsF1: 34,
          noAnsTotal: 5,
          noAnsAccuracy: 70,
        },
      },
    ],
    reutersTitles: [
      {
        engine: 'minerals',
        stories: 100,
        queries: 90,
        hit1: 0.96,
        answeredHit1: 0.9,
        allTitles: { queries: 100, hit1: 0.91, sameTitleHit1: 0.97 },
      },
      { engine: 'natural TfIdf', stories: 100, queries: 30, hit1: 0.6, answeredHit1: null, allTitles: null },
    ],
    devQa: { passed: 13, total: 14, lines: [{ verdict: 'miss', question: 'Who | why?', answer: 'a <b>' }] },
    sweep: [],
    speed: [
      {
        corpus: 'Synthetic',
        corpusOnlyRssMb: 100,
        rows: [
          {
            engine: 'minerals',
            passages: 1000,
            buildMs: 100,
            passagesPerSecond: 10000,
            queries: 100,
            p50Ms: 0.5,
            p99Ms: 2,
            persistedBytes: 2e6,
            loadMs: 50,
            peakRssMb: 150,
          },
          {
            engine: 'natural TfIdf',
            passages: 1000,
            buildMs: 50,
            passagesPerSecond: 20000,
            queries: 100,
            p50Ms: 50,
            p99Ms: 90,
            persistedBytes: 3e6,
            loadMs: 80,
            peakRssMb: 200,
          },
        ],
      },
    ],
    ask: [],
    notes: ['a note'],
  };
}
