import { stopWords } from '../index/natural-parts.js';
import { findQuantities } from './find-quantities.js';
import { isLearnable, isLearnableSurname, nameWord } from './learnable-name.js';
import { readAcronym } from './read-acronym.js';
import { dayNames, eventWords, monthNames, organizationWords, placeNames, roleWords } from './name-lists.js';
import type { Entity, EntityType } from './entity.js';

export type { Entity, EntityType } from './entity.js';

/**
 * Names the corpus already knows ("Ashwini Vaishnaw" as a person), so that a bare
 * "Ashwini Vaishnaw highlighted..." or "Vaishnaw said" is recognised without a title.
 * Keys are lower-case full names and surnames; values the full name and its type.
 */
export type Lexicon = ReadonlyMap<string, { name: string; type: EntityType }>;

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-–]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'du', 'van', 'von', 'al', 'bin']);
const calendarWords = new Set([...monthNames, ...dayNames]);

const isOrgWord = (word: string) => organizationWords.has(word);
const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
const lower = (word: string) => word.toLowerCase().replace(/[’']s$/, '');

/** Runs of capitalised words, joined by connectors ("Minister for Railways"), never across punctuation. */
function capitalizedRuns(text: string): Word[][] {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.text.toLowerCase())) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  words.forEach((word, i) => {
    const gap = run.length ? text.slice(run[run.length - 1]!.end, word.start) : ' ';
    // A line break ends a name: a headline's last word and the next line's first are not one name.
    if (run.length && !/^[^\S\n\r]+$/.test(gap)) close();
    const next = words[i + 1];
    const lowered = word.text.toLowerCase();
    // "Export-Import Bank of the US": "the" after "of" stays inside a name that goes on.
    const ofThe =
      lowered === 'the' &&
      run.length > 0 &&
      run[run.length - 1]!.text === 'of' &&
      next &&
      isCapitalized(next.text);
    const ofTheNext =
      lowered === 'of' && next?.text === 'the' && words[i + 2] && isCapitalized(words[i + 2]!.text);
    if (isCapitalized(word.text)) run.push(word);
    else if (
      run.length &&
      ((CONNECTORS.has(lowered) && next && isCapitalized(next.text)) || ofThe || ofTheNext)
    )
      run.push(word);
    else close();
  });
  close();
  return runs;
}

function span(text: string, words: Word[], type: EntityType): Entity {
  const start = words[0]!.start;
  const verbatim = text.slice(start, words[words.length - 1]!.end).replace(/[’']s$/, '');
  return { text: verbatim, name: verbatim, type, start, end: start + verbatim.length };
}

/** Classifies one capitalised run; may yield an organisation and a person ("House Armed Services Committee Chairman Mike Rogers"). */
function classifyRun(text: string, run: Word[], lexicon: Lexicon): Entity[] {
  // Sentence-initial function words and calendar words are capitalised for other reasons.
  while (run.length && (stopWords.has(lower(run[0]!.text)) || calendarWords.has(lower(run[0]!.text))))
    run = run.slice(1);
  while (run.length && calendarWords.has(lower(run[run.length - 1]!.text))) run = run.slice(0, -1);
  if (run.length === 0) return [];
  const words = run.map((w) => lower(w.text));
  const whole = words.join(' ');
  const known = lexicon.get(whole);
  if (known) return [{ ...span(text, run, known.type), name: known.name }];
  // A wire credit ("(CNN) --", "(Reuters) -") opens a story; it is not a name in it.
  if (
    run.length === 1 &&
    /\(\s*$/.test(text.slice(0, run[0]!.start)) &&
    /^\s*\)\s*[-–—]/.test(text.slice(run[0]!.end))
  )
    return [];
  // A title alone ("Assistant", "Minister for") names nobody.
  if (words.every((w) => roleWords.has(w) || CONNECTORS.has(w))) return [];
  if (placeNames.has(whole) || placeNames.has(whole.replace(/^the /, ''))) return [span(text, run, 'place')];
  // "US and JP Morgan", "President Trump and Director of ...": two names when either side is a known name or a person.
  const isKnown = (part: string[]) => placeNames.has(part.join(' ')) || lexicon.has(part.join(' '));
  const and = words.findIndex(
    (w, i) =>
      (w === 'and' || w === '&') &&
      (isKnown(words.slice(0, i)) ||
        isKnown(words.slice(i + 1)) ||
        (words.slice(0, i).some(isOrgWord) && words.slice(i + 1).some(isOrgWord)) ||
        classifyRun(text, run.slice(0, i), lexicon).some((e) => e.type === 'person')),
  );
  if (and > 0)
    return [
      ...classifyRun(text, run.slice(0, and), lexicon),
      ...classifyRun(text, run.slice(and + 1), lexicon),
    ];
  if (eventWords.has(words[words.length - 1]!)) return [span(text, run, 'event')];
  // "... Electronics and Information Technology Ashwini Vaishnaw": a known person ends the run.
  for (const size of [3, 2]) {
    const known = run.length > size ? lexicon.get(words.slice(-size).join(' ')) : undefined;
    if (known?.type === 'person') return [{ ...span(text, run.slice(-size), 'person'), name: known.name }];
  }

  const lastRole = words.reduce((at, word, i) => (roleWords.has(word) ? i : at), -1);
  let tail = run.slice(lastRole + 1);
  // "Secretary of State Marco Rubio": the role goes on through "of <Word>".
  while (tail.length > 2 && CONNECTORS.has(lower(tail[0]!.text))) tail = tail.slice(2);
  const tailIsName =
    tail.length >= 1 &&
    tail.length <= 3 &&
    tail.every((w) => nameWord(w.text) || /^\p{Lu}\.?$/u.test(w.text));
  const entities: Entity[] = [];
  if (lastRole >= 0 && tailIsName) {
    const head = run.slice(0, lastRole + 1);
    if (head.some((w) => organizationWords.has(lower(w.text)))) {
      const orgEnd = head.map((w) => organizationWords.has(lower(w.text))).lastIndexOf(true);
      entities.push(span(text, head.slice(0, orgEnd + 1), 'org'));
    }
    entities.push(span(text, tail, 'person'));
    return entities;
  }
  if (run.length === 1 && /^\p{Lu}{2,7}$/u.test(run[0]!.text)) {
    const kind = readAcronym(text, run[0]!.start, run[0]!.end);
    return kind ? [span(text, run, kind)] : [];
  }
  if (words.some(isOrgWord)) {
    // "Director of the White House Office ...", "CEO of BHP": the role is not part of the organisation.
    const roleEnd = words.findIndex((w, i) => roleWords.has(w) && /^(of|at|for)$/.test(words[i + 1] ?? ''));
    const from = roleEnd === 0 ? (words[2] === 'the' ? 3 : 2) : 0;
    return from > 0 && from < run.length
      ? classifyRun(text, run.slice(from), lexicon)
      : [span(text, run, 'org')];
  }
  const surname = lexicon.get(words[words.length - 1]!);
  if (surname?.type === 'person' && run.length <= 3)
    return [{ ...span(text, run, 'person'), name: surname.name }];
  if (
    run.length >= 2 &&
    run.length <= 3 &&
    /^\s*,\s*(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}[\p{Lu}]/u.test(text.slice(run[run.length - 1]!.end))
  ) {
    const after =
      text
        .slice(run[run.length - 1]!.end)
        .match(/^\s*,\s*(?:the\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u)?.[1] ?? '';
    if (after.split(/\s+/).some((w) => roleWords.has(w.toLowerCase()))) return [span(text, run, 'person')];
  }
  const sentenceInitial = /(^|[.!?:]\s+|\n\s*|\)\s*[-–—]+\s*)$/.test(text.slice(0, run[0]!.start));
  return sentenceInitial && run.length === 1 ? [] : [span(text, run, 'name')];
}

/** Whether a word can be in a capitalised run: capitalised, a connector, or the "the" of "of the". */
const mayJoinRun = (word: string) => {
  if (isCapitalized(word)) return true;
  const lowered = word.toLowerCase();
  return lowered === 'the' || CONNECTORS.has(lowered);
};

/**
 * Whether `findEntities(text, lexicon)` may differ from `findEntities(text)` for a lexicon whose keys'
 * last words are all in `keyEnds` (a superset is fine): every lexicon look-up is words of one
 * capitalised run, so a text whose run words end no key reads nothing from it.
 */
export function mayReadLexicon(text: string, keyEnds: ReadonlySet<string>): boolean {
  if (keyEnds.size === 0) return false;
  // An empty key is looked up by a run's empty side of an "and".
  if (keyEnds.has('')) return true;
  for (const match of text.matchAll(WORD))
    if (mayJoinRun(match[0]) && keyEnds.has(lower(match[0]))) return true;
  return false;
}

/**
 * Finds people, organisations, places, events, dates and amounts in text.
 * People are recognised by a role before them ("Minister S Jaishankar"), a role after them
 * ("Michael Kratsios, Assistant to..."), or by the lexicon (names the corpus already knows).
 */
export function findEntities(
  text: string,
  lexicon: Lexicon = new Map(),
  /** `findQuantities(text)`, when the caller already has it (it does not depend on the lexicon). */
  quantitiesFound: Entity[] = findQuantities(text),
): Entity[] {
  const named = capitalizedRuns(text).flatMap((run) => classifyRun(text, run, lexicon));
  const quantities = quantitiesFound.filter((q) => !named.some((n) => q.start < n.end && n.start < q.end));
  return [...named, ...quantities].sort((a, b) => a.start - b.start);
}

/** What one entity contributes to a lexicon: its full name and, for a person, the surname. */
export interface LexiconEntry {
  key: string;
  name: string;
  type: EntityType;
  /** True for a person's surname key ("bessent" for "Scott Bessent"): a full name of the same key wins. */
  surname: boolean;
}

/** The lexicon keys one entity adds: full names of people, organisations and events, and surnames of people (only names safe to learn). */
export function lexiconEntries(entity: Entity): LexiconEntry[] {
  if (entity.type !== 'person' && entity.type !== 'org' && entity.type !== 'event') return [];
  if (!isLearnable(entity.name, entity.type)) return [];
  const entries: LexiconEntry[] = [
    { key: entity.name.toLowerCase(), name: entity.name, type: entity.type, surname: false },
  ];
  const parts = entity.name.split(/\s+/);
  const surname = parts[parts.length - 1]!;
  if (entity.type === 'person' && parts.length > 1 && isLearnableSurname(surname))
    entries.push({ key: surname.toLowerCase(), name: entity.name, type: 'person', surname: true });
  return entries;
}

/** Builds a lexicon from entities found across a corpus: full names, and surnames of people (first seen wins). */
export function buildLexicon(entities: Iterable<Entity>): Lexicon {
  const lexicon = new Map<string, { name: string; type: EntityType }>();
  for (const entity of entities) {
    for (const { key, name, type } of lexiconEntries(entity))
      if (!lexicon.has(key)) lexicon.set(key, { name, type });
  }
  return lexicon;
}
