import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface BenchDoc {
  id: string;
  text: string;
}

export interface SciFactSet {
  /** Documents as BEIR indexes them: title + " " + text. */
  docs: BenchDoc[];
  /** Test queries that have at least one judgment, in file order. */
  queries: BenchDoc[];
  /** Graded relevance: query id → (doc id → grade). */
  qrels: Map<string, Map<string, number>>;
}

function parseJsonLines<T>(text: string, path: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${path}: line ${i + 1} is not JSON`);
      }
    });
}

/** Parses a BEIR qrels TSV (`query-id corpus-id score`, one header line). */
export function parseQrels(tsv: string): Map<string, Map<string, number>> {
  const qrels = new Map<string, Map<string, number>>();
  for (const line of tsv.split('\n').slice(1)) {
    const [query, doc, grade] = line.trim().split('\t');
    if (query === undefined || doc === undefined || grade === undefined) continue;
    const judged = qrels.get(query) ?? new Map<string, number>();
    judged.set(doc, Number(grade));
    qrels.set(query, judged);
  }
  return qrels;
}

/** Reads BEIR SciFact from its folder (corpus.jsonl, queries.jsonl, qrels/test.tsv). */
export async function readSciFact(dir: string): Promise<SciFactSet> {
  const corpusPath = join(dir, 'corpus.jsonl');
  const queriesPath = join(dir, 'queries.jsonl');
  const [corpus, queries, qrelsText] = await Promise.all([
    readFile(corpusPath, 'utf8'),
    readFile(queriesPath, 'utf8'),
    readFile(join(dir, 'qrels', 'test.tsv'), 'utf8'),
  ]);
  const qrels = parseQrels(qrelsText);
  const docs = parseJsonLines<{ _id: string; title: string; text: string }>(corpus, corpusPath).map((d) => ({
    id: d._id,
    text: `${d.title} ${d.text}`,
  }));
  const judged = parseJsonLines<{ _id: string; text: string }>(queries, queriesPath)
    .filter((q) => qrels.has(q._id))
    .map((q) => ({ id: q._id, text: q.text }));
  return { docs, queries: judged, qrels };
}
