import { createEngine, QuestionError, type Engine, type SourceFile } from '../../engine/index.js';
import type { BenchDoc } from '../data/read-scifact.js';
import type { ReutersStory } from '../data/read-reuters.js';
import { median, percentile, timeEach } from '../metrics/summarize-timings.js';

export interface AskSpeed {
  corpus: string;
  files: number;
  passages: number;
  buildMs: number;
  questions: number;
  /** Questions the engine refused (QuestionError); still timed. */
  refused: number;
  /** The first question after building, which fills the engine's lazy caches (entities, lexicon). */
  firstAskMs: number;
  p50Ms: number;
  p99Ms: number;
}

const encoder = new TextEncoder();

/** One article file per Reuters story: title line, blank line, body. */
export function storiesToFiles(stories: ReutersStory[]): SourceFile[] {
  return stories.map((s) => ({
    name: `reuters-${s.id}.txt`,
    bytes: encoder.encode(`${s.title}\n\n${s.body}\n`),
  }));
}

/** Synthetic passages packed into article files (`perFile` passages, four to a paragraph). */
export function passagesToFiles(passages: BenchDoc[], perFile = 20): SourceFile[] {
  const files: SourceFile[] = [];
  for (let i = 0; i < passages.length; i += perFile) {
    const chunk = passages.slice(i, i + perFile).map((p) => p.text);
    const paragraphs: string[] = [];
    for (let j = 0; j < chunk.length; j += 4) paragraphs.push(chunk.slice(j, j + 4).join(' '));
    const title = (chunk[0] ?? '').split(' ').slice(0, 6).join(' ');
    files.push({
      name: `synthetic-${i / perFile}.txt`,
      bytes: encoder.encode(`${title}\n\n${paragraphs.join('\n\n')}\n`),
    });
  }
  return files;
}

function ask(engine: Engine, question: string): boolean {
  try {
    engine.ask(question);
    return true;
  } catch (error) {
    if (error instanceof QuestionError) return false;
    throw error;
  }
}

/**
 * Times `engine.ask` over the questions after `warmup` untimed ones; the first ask (lazy caches) is reported
 * apart.
 */
export function timeAsks(
  engine: Engine,
  corpus: string,
  questions: string[],
  warmup: number,
): Omit<AskSpeed, 'files' | 'buildMs'> {
  const first = timeEach(questions.slice(0, 1), (q) => ask(engine, q))[0] ?? Number.NaN;
  questions.slice(-warmup).forEach((q) => ask(engine, q));
  let refused = 0;
  const timings = timeEach(questions, (q) => ask(engine, q) || refused++);
  return {
    corpus,
    passages: engine.articles().reduce((sum, a) => sum + a.passageCount, 0),
    questions: timings.length,
    refused,
    firstAskMs: first,
    p50Ms: median(timings),
    p99Ms: percentile(timings, 0.99),
  };
}

/**
 * End-to-end `engine.ask` (analysis, retrieval, extraction) after `createEngine` over the files.
 * `progress` receives the build figures first, so a run cut short still reports them.
 */
export function measureAsk(
  corpus: string,
  files: SourceFile[],
  questions: string[],
  warmup: number,
  progress: (partial: object) => void = () => undefined,
): AskSpeed {
  const started = process.hrtime.bigint();
  const { engine } = createEngine(files);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  progress({ stage: 'built', files: files.length, buildMs });
  return { ...timeAsks(engine, corpus, questions, warmup), files: files.length, buildMs };
}
