import type { Entity } from '../entities/find-entities.js';
import { analyzeText, analyzeWord } from '../index/analyze-text.js';
import { stopWords } from '../index/natural-parts.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { asksMeasure, isMeasure, withUnit } from './amount-fit.js';
import { findChunks, type Chunk } from './find-chunks.js';
import { tagWords, type TaggedWord } from './tag-words.js';

interface Word extends TaggedWord {
  /** The question's analysed term this word matches, or null: a used word is context, not answer. */
  term: string | null;
  stop: boolean;
}

const MAX_SPAN_WORDS = 6;
const PURPOSE_NOUN = /\b(?:aims?|goals?|purposes?|objectives?|mission|intention)\b/i;
const PURPOSE_CLAUSE =
  /\b(?:aims?|aimed|seeks?|sought|intends?|intended|designed|meant|in order|so as)\s+to\s+([^,.;]+)/i;
const NAME_KINDS = new Set(['person', 'place']);
const NAMED = new Set(['person', 'org', 'place', 'name', 'event']);
/** How far (in characters) a name may sit from the focus noun and still be what it names. */
const FOCUS_REACH = 25;

/** "Which group / What company / What city ...": an untyped question whose focus noun names a thing is answered by a name. */
const namesFocus = (question: QuestionAnalysis) =>
  question.kind === 'other' && question.focus !== null && /^(?:which|what)\s/i.test(question.text);

/**
 * Names the focus noun describes: first those holding it or right after it ("Fresno Traction Company",
 * "the rock group Coldplay"), else those within reach of it; failing those, any name when the question asks "which".
 */
function focusNames(question: QuestionAnalysis, words: Word[], entities: Entity[]): Entity[] {
  const names = entities.filter((e) => NAMED.has(e.type));
  const focus = words.filter((w) => w.term === question.focus);
  const named = names.filter((e) =>
    focus.some((w) => (w.start >= e.start && w.end <= e.end) || (e.start >= w.end && e.start - w.end <= 2)),
  );
  if (named.length > 0) return named;
  const near = names.filter((e) =>
    focus.some((w) => Math.abs(w.start - e.end) <= FOCUS_REACH || Math.abs(e.start - w.end) <= FOCUS_REACH),
  );
  return near.length > 0 || !/^which\s/i.test(question.text) ? near : names;
}

function wordsOf(sentence: string, asked: ReadonlySet<string>): Word[] {
  return tagWords(sentence).map((w) => {
    const stop = stopWords.has(w.text.toLowerCase());
    const term = stop ? null : (analyzeWord(w.text).find((t) => asked.has(t)) ?? null);
    return { ...w, term, stop };
  });
}

/** Pieces of each chunk the question does not already use, cut at used words and trimmed of stop words. */
function freshPieces(words: Word[], chunks: Chunk[]): Chunk[] {
  const pieces: Chunk[] = [];
  for (const chunk of chunks) {
    let from = -1;
    for (let i = chunk.from; i <= chunk.to + 1; i++) {
      const used = i > chunk.to || words[i]!.term !== null;
      if (!used && from < 0) from = i;
      if (used && from >= 0) {
        let [a, b] = [from, i - 1];
        while (a <= b && words[a]!.stop) a++;
        while (b >= a && words[b]!.stop) b--;
        if (a <= b) pieces.push({ from: a, to: Math.min(b, a + MAX_SPAN_WORDS - 1) });
        from = -1;
      }
    }
  }
  return pieces;
}

/**
 * How well a span sits among the question's words: each distinct question term found in the
 * sentence adds more the nearer it is (in words), so a span flanked by several asked words wins.
 */
function closeness(words: Word[], piece: Chunk, after = 1): number {
  const nearest = new Map<string, number>();
  words.forEach((w, i) => {
    if (!w.term || (i >= piece.from && i <= piece.to)) return;
    const gap = i < piece.from ? (piece.from - i) / after : i - piece.to;
    nearest.set(w.term, Math.min(nearest.get(w.term) ?? Infinity, gap));
  });
  let score = 0;
  for (const gap of nearest.values()) score += 1 / (1 + gap);
  return score;
}

function fits(question: QuestionAnalysis, words: Word[], piece: Chunk): number {
  const inside = words.slice(piece.from, piece.to + 1);
  const proper = inside.some((w) => /^NNP/.test(w.tag));
  const number = inside.some((w) => w.tag === 'CD');
  // A piece left with no noun or number ("retractable" once "tentacles" is cut away) is a modifier, not an answer.
  let fit = inside.some((w) => /^(NN|CD|FW)/.test(w.tag)) ? 1 : 0.3;
  if (NAME_KINDS.has(question.kind) || question.focus) fit *= proper ? 1.6 : 1;
  if (question.kind === 'amount' || question.kind === 'date') fit *= number ? 2 : 0.5;
  return fit / (1 + Math.max(0, inside.length - 3) * 0.15);
}

/** The entities that may answer: those of the asked-for type, else the names that stand in for them. */
function entityCandidates(question: QuestionAnalysis, words: Word[], fresh: Entity[]): Entity[] {
  const typed = fresh.filter((e) => (question.wants as string[]).includes(e.type));
  if (typed.length > 0) return typed;
  // Proper names of unknown kind stand in for the people, places and organisations the finder cannot classify.
  if (question.wants.some((w) => w === 'person' || w === 'place' || w === 'org'))
    return fresh.filter((e) => e.type === 'name');
  return namesFocus(question) ? focusNames(question, words, fresh) : [];
}

/**
 * Amounts as the sentence writes them, multiplier and unit included ("£304m", "17 seconds"); for a
 * question asking how much, only the measures (money, a unit, a percent) when the sentence has one: a
 * bare number beside the question's words ("a 30-second commercial") does not say how much.
 */
function amountCandidates(question: QuestionAnalysis, sentence: string, candidates: Entity[]): Entity[] {
  if (question.kind !== 'amount') return candidates;
  const measure = asksMeasure(question.text);
  const read = candidates.map((e) => (e.type === 'amount' ? withUnit(sentence, e, measure) : e));
  const measures = measure ? read.filter((e) => isMeasure(e.text)) : [];
  return measures.length > 0 ? measures : read;
}

/**
 * The short answer inside one sentence: an entity of the asked-for type nearest the question's
 * words when there is one, else the noun phrase (less the words the question already uses)
 * that sits best among the question's words.
 */
export function pickSpan(question: QuestionAnalysis, sentence: string, entities: Entity[]): string {
  const asked = new Set(question.terms);
  const words = wordsOf(sentence, asked);
  const at = (offset: number) => words.findIndex((w) => w.end > offset);
  const fresh = entities.filter((e) => !analyzeText(e.text).every((t) => asked.has(t)));
  const candidates = amountCandidates(question, sentence, entityCandidates(question, words, fresh));
  const entityPieces = candidates
    .map((e) => ({ entity: e, piece: { from: at(e.start), to: at(e.end - 1) } }))
    .filter((p) => p.piece.from >= 0);
  if (entityPieces.length > 0) {
    // An entity that repeats the question's words ("Super Bowl XLIX" for a Super Bowl question) is mostly context.
    const own = (p: Chunk) =>
      words.slice(p.from, p.to + 1).filter((w) => w.term === null).length / (p.to - p.from + 1);
    // "How much" asks for money or a measure, not a bare count.
    const measured = (e: Entity) => (asksMeasure(question.text) && isMeasure(e.text) ? 2 : 1);
    // "How many representatives": the count is the number the asked noun follows ("five representatives").
    const counted = (p: Chunk) =>
      question.kind === 'amount' && question.focus !== null
        ? words.slice(p.to + 1, p.to + 4).some((w) => w.term === question.focus)
          ? 2
          : 1
        : 1;
    const score = (p: { entity: Entity; piece: Chunk }) =>
      closeness(words, p.piece) * own(p.piece) * measured(p.entity) * counted(p.piece);
    const best = entityPieces.reduce((a, b) => (score(b) > score(a) ? b : a));
    return /\byear\b/i.test(question.text)
      ? (best.entity.text.match(/\b\d{4}\b/)?.[0] ?? best.entity.text)
      : best.entity.text;
  }
  // "Why ...?" is answered by the clause a cause word opens ("because ...", "to ...", "due to ..."), not a noun phrase.
  const cause =
    question.kind === 'reason'
      ? /\b(?:because(?: of)?|due to|owing to|in order to|so that|since|to)\s+([^,.;]+)/i.exec(sentence)
      : null;
  if (cause) return cause[1]!.trim();
  // "What is the aim of X?" is answered by what X is meant to do ("aims to build ..."), when the sentence says.
  const purpose = PURPOSE_NOUN.test(question.text) ? PURPOSE_CLAUSE.exec(sentence) : null;
  if (purpose) return purpose[1]!.trim();
  const pieces = freshPieces(words, findChunks(words, sentence));
  if (pieces.length === 0) return sentence.trim();
  // The answer more often follows the words it shares with the question ("... called tentilla") than precedes them.
  const after = question.kind === 'amount' ? 1 : 1.5;
  const score = (p: Chunk) => closeness(words, p, after) * fits(question, words, p);
  const best = pieces.reduce((a, b) => (score(b) > score(a) ? b : a));
  return sentence.slice(words[best.from]!.start, words[best.to]!.end);
}
