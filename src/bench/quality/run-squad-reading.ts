import type { SquadQuestion, SquadSet } from '../data/read-squad.js';
import { mean } from '../metrics/rank-metrics.js';
import { bestOver, exactMatch, f1Score } from '../metrics/squad-score.js';

/** What a reader returns for one question over one paragraph. */
export interface Reading {
  sentence: string;
  answer: string;
}

/** A way of reading a paragraph: `prepare` once per paragraph, then ask each of its questions. */
export interface ReaderKind {
  name: string;
  prepare(paragraph: string): (question: string) => Reading;
}

export interface SquadReadingResult {
  engine: string;
  questions: number;
  /** Share of questions whose chosen sentence holds a gold answer's start. */
  sentenceAccuracy: number;
  /** Percent, as the SQuAD paper reports them. */
  exactMatch: number;
  f1: number;
}

/** True when the sentence (located in the paragraph) holds the start of one of the gold answers. */
export function sentenceHoldsAnswer(paragraph: string, sentence: string, q: SquadQuestion): boolean {
  const start = sentence === '' ? -1 : paragraph.indexOf(sentence);
  if (start < 0) return sentence !== '' && q.answers.some((a) => sentence.includes(a.text));
  return q.answers.some((a) => a.start >= start && a.start < start + sentence.length);
}

/** SQuAD given the gold paragraph: answer-sentence accuracy and official-style EM/F1. */
export function runSquadReading(set: SquadSet, reader: ReaderKind): SquadReadingResult {
  const byParagraph = new Map<number, SquadQuestion[]>();
  for (const q of set.questions) byParagraph.set(q.paragraph, [...(byParagraph.get(q.paragraph) ?? []), q]);
  const sentenceHits: number[] = [];
  const em: number[] = [];
  const f1: number[] = [];
  for (const [index, questions] of byParagraph) {
    const paragraph = set.paragraphs[index] ?? '';
    const ask = reader.prepare(paragraph);
    for (const q of questions) {
      const reading = ask(q.question);
      const golds = q.answers.map((a) => a.text);
      sentenceHits.push(sentenceHoldsAnswer(paragraph, reading.sentence, q) ? 1 : 0);
      em.push(bestOver(exactMatch, reading.answer, golds));
      f1.push(bestOver(f1Score, reading.answer, golds));
    }
  }
  return {
    engine: reader.name,
    questions: em.length,
    sentenceAccuracy: mean(sentenceHits),
    exactMatch: 100 * mean(em),
    f1: 100 * mean(f1),
  };
}
