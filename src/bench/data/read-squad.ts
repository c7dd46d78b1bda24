import { readFile } from 'node:fs/promises';

/** One gold answer: its text and where it starts in the paragraph (UTF-16 offset). */
export interface SquadAnswer {
  text: string;
  start: number;
}

export interface SquadQuestion {
  id: string;
  question: string;
  /** Index into `SquadSet.paragraphs` of the paragraph the question was written about. */
  paragraph: number;
  /**
   * Index (0-based, in file order) of the Wikipedia article the paragraph is from; absent in hand-made sets.
   */
  article?: number;
  /** Gold answers; empty for a SQuAD v2.0 question marked unanswerable. */
  answers: SquadAnswer[];
  /** SQuAD v2.0's `is_impossible` (always false in v1.1). */
  impossible: boolean;
}

export interface SquadSet {
  /** Paragraph texts; a paragraph's id in retrieval benchmarks is its index as a string. */
  paragraphs: string[];
  questions: SquadQuestion[];
}

interface RawSquad {
  data: Array<{
    paragraphs: Array<{
      context: string;
      qas: Array<{
        id: string;
        question: string;
        answers: Array<{ text: string; answer_start: number }>;
        is_impossible?: boolean;
      }>;
    }>;
  }>;
}

/**
 * Reads SQuAD v1.1 or v2.0 JSON (`dev-v1.1.json`, `dev-v2.0.json`) into flat paragraph and question lists.
 */
export async function readSquad(path: string): Promise<SquadSet> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as RawSquad;
  if (!Array.isArray(raw?.data)) throw new Error(`${path} is not a SQuAD file (no "data" array)`);
  const paragraphs: string[] = [];
  const questions: SquadQuestion[] = [];
  for (const [article, entry] of raw.data.entries()) {
    for (const p of entry.paragraphs) {
      const index = paragraphs.push(p.context) - 1;
      for (const qa of p.qas) {
        questions.push({
          id: qa.id,
          question: qa.question,
          paragraph: index,
          article,
          answers: qa.answers.map((a) => ({ text: a.text, start: a.answer_start })),
          impossible: qa.is_impossible === true,
        });
      }
    }
  }
  return { paragraphs, questions };
}
