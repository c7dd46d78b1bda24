import { splitSentences } from './split-sentences.js';
import type { TextLine } from './split-lines.js';

export interface FoundTitle {
  title: string;
  /** The line the title was taken from, or null when it came from front matter. */
  lineIndex: number | null;
  /** Whether that line is only a headline (true), or also body text whose first sentence doubles as the title. */
  headline: boolean;
}

const MAX_HEADLINE = 200;
const MAX_DERIVED = 120;

/** Removes quotes that wrap a whole headline: ‘Strengthening ... resilience’. */
const WRAPPING_QUOTES = [/^‘([^‘]*)’$/su, /^“([^“]*)”$/su, /^"([^"]*)"$/su];

function unwrapQuotes(text: string): string {
  // An apostrophe inside ("India’s") is fine; a second opening quote means the quotes wrap only part of it.
  for (const pattern of WRAPPING_QUOTES) {
    const inner = pattern.exec(text)?.[1];
    if (inner !== undefined) return inner.trim();
  }
  return text;
}

function shorten(text: string): string {
  if (text.length <= MAX_DERIVED) return text;
  const cut = text.slice(0, MAX_DERIVED);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_DERIVED / 2))}…`;
}

/**
 * A closing full stop ends a sentence, unless it closes initials ("... TO MAKE MAGNETS IN U.S.") or
 * the line is a headline in capitals throughout, which a wire sends with or without one.
 */
const endsSentence = (text: string) =>
  /\.["”’]?$/u.test(text) && !/(?:^|[^\p{L}.])(?:\p{L}\.){2,}$/u.test(text) && !isShouted(text);

/** Capitals throughout, several words: a wire headline ("SUMMER/WINTER TIME CHANGES."), not a sentence. */
const isShouted = (text: string) => !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;

/**
 * The article's title: front matter's, else the first line when it reads as a headline
 * (short, no closing full stop but after initials or in capitals throughout), else the first sentence of the first paragraph, which then
 * stays body text. Falls back to the file name.
 */
export function findTitle(lines: TextLine[], frontTitle: string | undefined, fallback: string): FoundTitle {
  if (frontTitle?.trim()) return { title: frontTitle.trim(), lineIndex: null, headline: false };
  const index = lines.findIndex((line) => line.text !== '');
  const first = lines[index];
  if (!first) return { title: fallback, lineIndex: null, headline: false };
  if (first.text.length <= MAX_HEADLINE && !endsSentence(first.text)) {
    return { title: unwrapQuotes(first.text), lineIndex: index, headline: true };
  }
  const sentence = splitSentences(first.text)[0];
  const text = sentence ? first.text.slice(sentence.start, sentence.end) : first.text;
  return { title: shorten(text.replace(/\.$/, '')), lineIndex: index, headline: false };
}
