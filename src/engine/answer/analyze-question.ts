import { analyzeText, type AnalysisOptions } from '../index/analyze-text.js';
import { QuestionError, type AnswerKind } from '../types.js';
import { asksPurpose } from './purpose-fit.js';
import { tagWords } from './tag-words.js';
import { verbStem } from './verb-stem.js';

/** Longest question accepted, in characters: past this it is a document, not a question. */
export const MAX_QUESTION_LENGTH = 500;

/** What a question asks for and what it is about. */
export interface QuestionAnalysis {
  /** The question, trimmed and with whitespace collapsed. */
  text: string;
  kind: AnswerKind;
  /** Entity types that answer it, best first (a "who" question takes people, then organisations and countries). */
  wants: Array<'person' | 'org' | 'place' | 'event' | 'date' | 'amount' | 'name'>;
  /** Analysed topical terms (wh-words and stop words removed), as the index sees them. */
  terms: string[];
  /** The noun the question asks about ("alliance" in "Which semiconductor alliance..."), analysed; null when none. */
  focus: string | null;
  /** Capitalised words inside the question: names the articles must mention for an answer to exist. */
  names: string[];
  /** More than one answer expected ("who attended", plural focus). */
  plural: boolean;
  /** The analysed term of the question's main verb ("host" in "who hosted the ministerial?"), or null. */
  verb: string | null;
  /** It asks something (a question word, or a question mark); false for a topic or a pasted headline. */
  asks: boolean;
  /** It asks what something is used for ("what are X used for?", "the purpose of X"): a stated use answers it. */
  purpose: boolean;
}

const WH =
  /^(who|whom|whose|what|which|when|where|why|how|is|are|was|were|did|does|do|has|have|can|will|list|name)\b/i;
/** A question word anywhere ("The game was played where", "Tell me how much it cost"). */
const ASKING = /\b(who|whom|whose|what|which|when|where|why|how)\b/i;
const STOP_QUESTION =
  /\b(who|whom|whose|what|which|when|where|why|how|much|many|did|does|do|is|are|was|were|will|would|the|a|an|else|besides|apart from|other than|except)\b/gi;

function classify(question: string): Pick<QuestionAnalysis, 'kind' | 'wants' | 'plural'> {
  // "whats", "what's", "who's" as typed: the same question as "what is".
  const q = question.toLowerCase().replace(/^(what|who|where|when)(?:'s|’s|s)\b/, '$1 is');
  const plural =
    /\b(who (attended|participated|met|joined|were)|which (countries|people|nations|companies|officials|leaders)|list|name the)\b/.test(
      q,
    );
  if (
    /^(how (much|many|long|old|far|large|big|tall|high|often|fast|deep|wide|heavy)|what (amount|sum|share|percentage|percent|price|value|number))\b|\b(cost|worth|how much|how many)\b/.test(
      q,
    )
  ) {
    return { kind: 'amount', wants: ['amount'], plural };
  }
  if (/^when\b|\b(what|which) (date|day|month|year|time)\b/.test(q))
    return { kind: 'date', wants: ['date'], plural };
  if (/^where\b|\b(which|what) (city|country|place|venue|location)\b/.test(q))
    return { kind: 'place', wants: ['place', 'org', 'name'], plural };
  if (
    /^(who|whom|whose)\b|\b(which|what) (person|people|official|minister|leader|officials|ministers)\b/.test(
      q,
    )
  ) {
    return { kind: 'person', wants: ['person', 'place', 'org', 'name'], plural };
  }
  if (/^which (countries|nations)\b/.test(q)) return { kind: 'place', wants: ['place'], plural: true };
  if (/^why\b|\bwhat (is|was) the reason\b|\bwhy\b/.test(q)) return { kind: 'reason', wants: [], plural };
  if (
    /^(what (is|are|was|were) (a |an |the )?[\p{L}\- ]+\??$|define|what does .+ mean)/u.test(q) &&
    !/\b(did|does|do)\b/.test(q) &&
    !asksPurpose(q)
  ) {
    return { kind: 'definition', wants: [], plural };
  }
  if (/^(list|name|which)\b/.test(q) && /s\b\s*(does|did|do|are|were|has|have)\b/.test(q))
    return { kind: 'list', wants: [], plural: true };
  return { kind: 'other', wants: [], plural };
}

/** The noun right after "which/what/how many" ("Which semiconductor alliance" → "alliance"). */
function findFocus(question: string, options?: AnalysisOptions): string | null {
  const match = question.match(
    /^(?:which|what|how many|how much)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)\s+(?:is|are|was|were|did|does|do|has|have|will|can|would|of|in|to)\b/iu,
  );
  if (!match) return null;
  const words = match[1]!.split(/\s+/);
  const terms = analyzeText(words[words.length - 1]!, options);
  return terms[0] ?? null;
}

const AUXILIARY =
  /^(is|are|was|were|be|been|being|am|do|does|did|has|have|had|will|would|can|could|shall|should|may|might|must)$/i;

/** The main verb after the wh-word ("hosted", "will host", "is hosting"), as an analysed term. */
function findVerb(question: string): string | null {
  const words = tagWords(question);
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (AUXILIARY.test(word.text)) continue;
    const afterModal = /^(MD|TO)$/.test(words[i - 1]!.tag) || /^(will|would|to)$/i.test(words[i - 1]!.text);
    if (/^VB[DNGZP]?$/.test(word.tag) || (afterModal && /^NN$/.test(word.tag))) return verbStem(word.text);
    if (!/^(WP|WDT|WRB|NN|NNS|NNP|NNPS|PRP|JJ|DT|RB)$/.test(word.tag) || i > 5) return null;
  }
  return null;
}

/**
 * The question inside what people type around it: "can you tell me what X urged" → "what X urged",
 * "list everyone who attended" → "who attended", "whos" → "who is".
 */
function stripPreamble(typed: string): string {
  return typed
    .replace(
      /^(?:(?:can|could|would|will) you (?:please )?(?:tell me|let me know|explain|say)|(?:please )?tell me|i(?:'d| would) like to know|i want to know|do you know)\s+/i,
      '',
    )
    .replace(
      /^(?:list|name|show me|tell me)\s+(?:everyone|everybody|all(?: the)?(?: people| those)?|the people|those|the ones)\s+(?=who\b)/i,
      '',
    )
    .replace(/^(who|what|where|when)(?:s|['’]s)\s/i, '$1 is ');
}

/**
 * Validates and analyses a question. Throws QuestionError with a user-facing message
 * for empty, over-long or term-less input.
 */
export function analyzeQuestion(raw: string, options?: AnalysisOptions): QuestionAnalysis {
  const typed = raw.replace(/\s+/g, ' ').trim();
  const text = stripPreamble(typed);
  if (typed === '')
    throw new QuestionError('Ask a question, for example: "Who attended the ministerial?"', 'empty');
  if (typed.length > MAX_QUESTION_LENGTH) {
    throw new QuestionError(
      `That question is ${typed.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`,
      'too_long',
    );
  }
  const topical = text.replace(STOP_QUESTION, ' ');
  const terms = analyzeText(topical, options);
  if (terms.length === 0) {
    throw new QuestionError(
      'That question has nothing to search for: name a person, place, organisation or topic.',
      'no_terms',
    );
  }
  // A name is read as a word the analysis sees whole ("INT'L", a ticker "BBCZ.Z"), so it is looked up as the index holds it.
  const names = [...text.matchAll(/(?<!^|[.?!]\s)\b\p{Lu}[\p{L}\p{N}-]*(?:['’.][\p{L}\p{N}-]+)*/gu)]
    .map((m) => m[0])
    .filter((word) => word.length > 1 && !WH.test(word));
  const asks = WH.test(text) || /\?$/.test(text) || ASKING.test(text);
  return {
    text,
    // A topic or a pasted headline ("DIGITAL EQUIPMENT SEEKS COST EFFECTIVENESS") asks for passages, not for a typed fact.
    ...(asks ? classify(text) : { kind: 'other' as const, wants: [], plural: false }),
    terms: [...new Set(terms)],
    focus: findFocus(text, options),
    names,
    verb: findVerb(text),
    asks,
    purpose: asksPurpose(text),
  };
}
