import type { BenchResults } from '../bench-results.js';
import type { ReutersTitleResult } from '../quality/run-reuters-titles.js';
import type { SquadReadingResult } from '../quality/run-squad-reading.js';
import { fixed, formatTable } from './format-table.js';

const OURS = 'minerals';
const NATURAL = 'natural TfIdf';

/** Free text in a table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

function qualitySection(r: BenchResults): string[] {
  const out: string[] = [];
  if (r.scifact.length > 0) {
    out.push(
      `### BEIR SciFact (test, ${r.scifact[0]?.queries} queries)`,
      '',
      'Published BM25 nDCG@10: 0.665 (BEIR), 0.679 (Anserini flat). Target 0.68.',
      '',
    );
    out.push(
      formatTable(
        ['engine', 'nDCG@10', 'Recall@100'],
        r.scifact.map((s) => [s.engine, fixed(s.ndcg10), fixed(s.recall100)]),
      ),
      '',
    );
  }
  if (r.squadRetrieval.length > 0) {
    out.push(
      `### SQuAD v1.1 dev as a closed corpus (${r.squadRetrieval[0]?.questions} questions): paragraph retrieval`,
      '',
    );
    out.push(
      formatTable(
        ['engine', 'hit@1', 'hit@5'],
        r.squadRetrieval.map((s) => [s.engine, fixed(s.hit1), fixed(s.hit5)]),
      ),
      '',
    );
  }
  out.push(...renderSquadReading(r.squadReading));
  out.push(...squadV2Section(r), ...reutersTitleSection(r));
  if (r.devQa) {
    out.push(`### ../shared/dev-qa.json: ${r.devQa.passed} of ${r.devQa.total} pass`, '');
    out.push(
      formatTable(
        ['verdict', 'question', 'answer'],
        r.devQa.lines.map((l) => [l.verdict, cell(l.question), cell(l.answer.slice(0, 100))]),
      ),
      '',
    );
  }
  return out;
}

function squadV2Section(r: BenchResults): string[] {
  if (r.squadV2.length === 0) return [];
  const first = r.squadV2[0]!.scores;
  const out = [
    `### SQuAD v2.0 dev through \`engine.ask\` (${first.total} questions: ${first.hasAnsTotal} answerable, ${first.noAnsTotal} not)`,
    '',
  ];
  out.push(
    'Scored as evaluate-v2.0.py scores it (an abstention is the prediction ""). Answering "" to everything scores the unanswerable share; published dev F1: BNA 62.6, DocQA 64.8, human 89.0.',
    '',
  );
  const rows = r.squadV2.map((v) => [
    v.setting,
    fixed(v.scores.exact, 1),
    fixed(v.scores.f1, 1),
    fixed(v.scores.hasAnsF1, 1),
    fixed(v.scores.noAnsAccuracy, 1),
    fixed(v.abstainF1, 1),
    fixed(v.scores.f1 - v.abstainF1, 1),
    fixed(v.hasAnsAnswered),
    fixed(v.noAnsAnswered),
    v.paragraphHit === null ? '-' : fixed(v.paragraphHit),
  ]);
  out.push(
    formatTable(
      [
        'setting',
        'EM',
        'F1',
        'HasAns F1',
        'NoAns acc.',
        'always-abstain F1',
        'F1 margin',
        'answered (HasAns)',
        'answered (NoAns)',
        'gold paragraph first',
      ],
      rows,
    ),
    '',
  );
  return out;
}

const reutersTitleSection = (r: BenchResults) => renderReutersTitles(r.reutersTitles);

/** The SQuAD v1.1 reading tables (overall, then F1 by question kind), as the full run and `--squad-v1-only` print them. */
export function renderSquadReading(readings: SquadReadingResult[]): string[] {
  const out: string[] = [];
  if (readings.length > 0) {
    out.push(`### SQuAD v1.1 dev given the gold paragraph (${readings[0]?.questions} questions)`, '');
    out.push(
      'Search baselines answer with their best sentence (they have no span extraction). Paper: sliding window 13.2 / 20.2; logistic regression 40.0 / 51.0 and 79.3% sentence accuracy.',
      '',
    );
    const rows = readings.map((s) => [
      s.engine,
      fixed(s.sentenceAccuracy),
      fixed(s.exactMatch, 1),
      fixed(s.f1, 1),
      fixed(s.f1 - 51, 1),
    ]);
    out.push(formatTable(['reader', 'sentence acc.', 'EM', 'F1', 'F1 − 51.0'], rows), '');
  }
  if (readings.some((s) => s.byKind.length > 0)) {
    out.push('### SQuAD v1.1 dev given the gold paragraph: F1 by question kind', '');
    const kinds = readings[0]?.byKind.map((k) => k.kind) ?? [];
    const rows = kinds.map((kind) => [
      kind,
      readings[0]?.byKind.find((k) => k.kind === kind)?.questions ?? 0,
      ...readings.map((s) => fixed(s.byKind.find((k) => k.kind === kind)?.f1 ?? 0, 1)),
    ]);
    out.push(formatTable(['kind', 'questions', ...readings.map((s) => `${s.engine} F1`)], rows), '');
  }
  return out;
}

/** The Reuters title known-item table and the all-titles figures, as markdown lines (none for no rows). */
export function renderReutersTitles(results: ReutersTitleResult[]): string[] {
  if (results.length === 0) return [];
  const out = [
    `### Reuters-21578 title known-item (${results[0]!.stories} stories; each unique TITLE asked; target hit@1 ≥ 0.95)`,
    '',
  ];
  out.push(
    'hit@1: the first passage shown (cited, or closest match when the engine abstains) is from the story itself; answered hit@1 also requires an answer, not an abstention.',
    '',
  );
  const rows = results.map((t) => [
    t.engine,
    t.queries,
    fixed(t.hit1),
    t.answeredHit1 === null ? '-' : fixed(t.answeredHit1),
  ]);
  out.push(formatTable(['engine', 'titles asked', 'hit@1', 'answered hit@1'], rows), '');
  for (const t of results) {
    if (!t.allTitles) continue;
    const { queries, hit1, sameTitleHit1 } = t.allTitles;
    out.push(
      `Every story asked by its title, the ${queries - t.queries} whose title other stories share included (${queries} titles; ${t.engine}): strict hit@1 (only the story itself counts) ${fixed(hit1)}; the first shown has the same title ${fixed(sameTitleHit1)}.`,
      '',
    );
  }
  return out;
}

function sweepSection(r: BenchResults): string[] {
  if (r.sweep.length === 0) return [];
  const rows = r.sweep.map((s) => [
    s.options.weighting,
    s.options.weighting === 'bm25' ? s.options.k1 : '-',
    s.options.weighting === 'bm25' ? s.options.b : '-',
    s.options.stem ? 'on' : 'off',
    s.options.stopWords ? 'on' : 'off',
    fixed(s.scifactNdcg10),
    fixed(s.scifactRecall100),
    fixed(s.squadHit1),
    fixed(s.squadHit5),
  ]);
  return [
    '### Our index: weighting and analysis settings',
    '',
    formatTable(
      [
        'weighting',
        'k1',
        'b',
        'stem',
        'stop words',
        'SciFact nDCG@10',
        'SciFact R@100',
        'SQuAD hit@1',
        'SQuAD hit@5',
      ],
      rows,
    ),
    '',
  ];
}

function speedSection(r: BenchResults): string[] {
  const out: string[] = [];
  for (const section of r.speed) {
    const natural = section.rows.find((row) => row.engine === NATURAL);
    out.push(
      `### ${section.corpus}: ${section.rows[0]?.passages ?? 0} passages, ${section.rows[0]?.queries ?? 0} queries`,
      '',
    );
    out.push(
      `A process holding only the corpus peaks at ${fixed(section.corpusOnlyRssMb, 0)} MB RSS; each engine ran alone in its own process.`,
      '',
    );
    const rows = section.rows.map((row) => [
      row.engine,
      fixed(row.passagesPerSecond, 0),
      fixed(row.p50Ms),
      fixed(row.p99Ms),
      natural && row.engine !== NATURAL ? `${fixed(natural.p50Ms / row.p50Ms, 1)}×` : '-',
      fixed(row.persistedBytes / 1e6, 1),
      fixed(row.loadMs, 0),
      fixed(row.peakRssMb, 0),
    ]);
    out.push(
      formatTable(
        [
          'engine',
          'build (passages/s)',
          'query p50 (ms)',
          'query p99 (ms)',
          'p50 speed-up vs natural',
          'persisted (MB)',
          'load (ms)',
          'peak RSS (MB)',
        ],
        rows,
      ),
      '',
    );
  }
  if (r.ask.length > 0) {
    out.push('### End-to-end `engine.ask` (analysis, retrieval, extraction)', '');
    const rows = r.ask.map((a) => [
      a.corpus,
      a.files,
      a.passages,
      fixed(a.buildMs / 1000, 1),
      fixed(a.firstAskMs, 0),
      a.questions,
      a.refused,
      fixed(a.p50Ms, 2),
      fixed(a.p99Ms, 2),
    ]);
    out.push(
      formatTable(
        [
          'corpus',
          'files',
          'passages',
          'createEngine (s)',
          'first ask (ms)',
          'questions',
          'refused',
          'ask p50 (ms)',
          'ask p99 (ms)',
        ],
        rows,
      ),
      '',
    );
  }
  return out;
}

/** The tables alone (what the CLI prints). */
export function renderTables(r: BenchResults): string {
  return [...qualitySection(r), ...sweepSection(r), ...speedSection(r), ...r.notes.map((n) => `- ${n}`)].join(
    '\n',
  );
}

/** Everything below this line in BENCHMARKS.md is rewritten by each run; the prose above it is kept. */
export const GENERATED_MARKER =
  '<!-- generated by `npm run bench`: everything below this line is rewritten on each run -->';

/** The hand-written part of an existing BENCHMARKS.md (or a stub when there is none). */
export function keptHead(existing: string | null): string {
  const at = existing?.indexOf(GENERATED_MARKER) ?? -1;
  return existing && at >= 0 ? existing.slice(0, at).trimEnd() : '# Benchmarks';
}

/** BENCHMARKS.md: the kept head, then machine, Node, date, the exact command and the tables. */
export function renderReport(r: BenchResults, head: string): string {
  const m = r.machine;
  return [
    head.trimEnd(),
    '',
    GENERATED_MARKER,
    '',
    `## Results (${r.mode} run, ${m.date})`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${fixed(m.ramGb, 1)} GB RAM, ${m.os}`,
    `- Node ${m.node}`,
    `- Command: \`${r.command}\``,
    `- Engines: ${OURS} (src/engine/index), natural's stock TfIdf, MiniSearch configured as BM25 (k1 1.2, b 0.75, δ 0); identical input in the same process (speed: one child process per engine).`,
    '',
    renderTables(r),
    '',
  ].join('\n');
}
