import type { Entity } from '../entities/find-entities.js';
import { analyzeText } from '../index/analyze-text.js';
import { stopWords } from '../index/natural-parts.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { distanceToAnchors, findAnchors } from './question-anchors.js';

interface Word {
  text: string;
  start: number;
  end: number;
  /** The question uses this word (or it is a stop word): it is context, not answer. */
  asked: boolean;
  stop: boolean;
}

const MAX_SPAN_WORDS = 6;

function wordsOf(sentence: string, asked: ReadonlySet<string>): Word[] {
  return [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-–,]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu)].map((m) => {
    const stop = stopWords.has(m[0].toLowerCase());
    const terms = analyzeText(m[0]);
    return { text: m[0], start: m.index, end: m.index + m[0].length, stop, asked: stop || (terms.length > 0 && terms.some((t) => asked.has(t))) };
  });
}

/** Spans of words the question does not use, cut at punctuation, trimmed of stop words at the edges. */
function candidateSpans(sentence: string, words: Word[]): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  let from = -1;
  const close = (to: number) => {
    let [a, b] = [from, to];
    while (a <= b && words[a]!.stop) a++;
    while (b >= a && words[b]!.stop) b--;
    if (a <= b) spans.push({ from: a, to: Math.min(b, a + MAX_SPAN_WORDS - 1) });
    from = -1;
  };
  words.forEach((word, i) => {
    const punctuated = i > 0 && /[,;:()"“”]/.test(sentence.slice(words[i - 1]!.end, word.start));
    if (from >= 0 && (punctuated || (word.asked && !word.stop))) close(i - 1);
    if (!word.asked || (word.stop && from >= 0)) from = from < 0 ? i : from;
  });
  if (from >= 0) close(words.length - 1);
  return spans;
}

/**
 * The short answer inside one sentence: an entity of the asked-for type nearest the question's
 * words when there is one, else the run of new words (not in the question) closest to them.
 */
export function pickSpan(question: QuestionAnalysis, sentence: string, entities: Entity[]): string {
  const asked = new Set(question.terms);
  const words = wordsOf(sentence, asked);
  const anchors = findAnchors(sentence, asked);
  const distance = (start: number, end: number) => (anchors.length === 0 ? 0 : distanceToAnchors(anchors, start, end));
  const fresh = entities.filter((e) => !analyzeText(e.text).every((t) => asked.has(t)));
  const nearest = (list: Entity[]) => list.reduce((best, e) => (distance(e.start, e.end) < distance(best.start, best.end) ? e : best));
  // Proper names of unknown kind stand in for people, places and organisations the finder cannot classify.
  const fallbacks: Entity['type'][] = question.wants.some((w) => w === 'person' || w === 'place' || w === 'org') ? ['name'] : [];
  for (const types of [question.wants as Entity['type'][], fallbacks]) {
    const typed = fresh.filter((e) => types.includes(e.type));
    if (typed.length === 0) continue;
    const pick = nearest(typed).text;
    return /\byear\b/i.test(question.text) ? (pick.match(/\b\d{4}\b/)?.[0] ?? pick) : pick;
  }
  if (question.kind === 'date' || question.kind === 'amount') {
    const numbers = words.filter((w) => /\d/.test(w.text) && !w.asked);
    if (numbers.length > 0) return numbers.reduce((a, b) => (distance(b.start, b.end) < distance(a.start, a.end) ? b : a)).text;
  }
  const spans = candidateSpans(sentence, words);
  if (spans.length === 0) return sentence.trim();
  const best = spans.reduce((a, b) => (distance(words[b.from]!.start, words[b.to]!.end) < distance(words[a.from]!.start, words[a.to]!.end) ? b : a));
  return sentence.slice(words[best.from]!.start, words[best.to]!.end);
}
