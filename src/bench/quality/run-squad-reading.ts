import type { SquadQuestion, SquadSet } from '../data/read-squad.js';
import { mean } from '../metrics/rank-metrics.js';
import { questionKind, questionKinds, type QuestionKind } from '../metrics/question-kind.js';
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
  /** EM/F1 by question kind (who, when, how many, ...), kinds with no question left out. */
  byKind: KindScore[];
}

export interface KindScore {
  kind: QuestionKind;
  questions: number;
  exactMatch: number;
  f1: number;
}

function scoresByKind(scored: Array<{ kind: QuestionKind; em: number; f1: number }>): KindScore[] {
  return questionKinds
    .map((kind) => {
      const mine = scored.filter((s) => s.kind === kind);
      return {
        kind,
        questions: mine.length,
        exactMatch: 100 * mean(mine.map((s) => s.em)),
        f1: 100 * mean(mine.map((s) => s.f1)),
      };
    })
    .filter((k) => k.questions > 0);
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
  const scored: Array<{ kind: QuestionKind; em: number; f1: number }> = [];
  for (const [index, questions] of byParagraph) {
    const paragraph = set.paragraphs[index] ?? '';
    const ask = reader.prepare(paragraph);
    for (const q of questions) {
      const reading = ask(q.question);
      const golds = q.answers.map((a) => a.text);
      sentenceHits.push(sentenceHoldsAnswer(paragraph, reading.sentence, q) ? 1 : 0);
      scored.push({
        kind: questionKind(q.question),
        em: bestOver(exactMatch, reading.answer, golds),
        f1: bestOver(f1Score, reading.answer, golds),
      });
    }
  }
  return {
    engine: reader.name,
    questions: scored.length,
    sentenceAccuracy: mean(sentenceHits),
    exactMatch: 100 * mean(scored.map((s) => s.em)),
    f1: 100 * mean(scored.map((s) => s.f1)),
    byKind: scoresByKind(scored),
  };
}
