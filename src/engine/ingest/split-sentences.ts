import { continuesAfterAbbreviation } from './abbreviations.js';

/** A sentence's range within the text given to `splitSentences`. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** ICU segmentation slows down superlinearly on long input, so it runs over bounded windows. */
const WINDOW = 4000;
/** Passages longer than this are cut at word boundaries (text without sentence punctuation). */
export const MAX_PASSAGE = 500;
const MIN_CUT = 300;
const CONTEXT = 80;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const ENDS_SENTENCE = /[.?!…][”’"')\]]*\s*$/u;

/** ICU sentence segments as [start, end) ranges covering the whole text. */
function segment(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pos = 0;
  while (pos < text.length) {
    const window = text.slice(pos, pos + WINDOW);
    const parts = [...segmenter.segment(window)];
    const last = pos + WINDOW >= text.length;
    // The window's last segment may be cut short: segment again from its start, unless it is all there is.
    const keep = last || parts.length === 1 ? parts : parts.slice(0, -1);
    for (const part of keep)
      spans.push({ start: pos + part.index, end: pos + part.index + part.segment.length });
    pos = spans[spans.length - 1]!.end;
  }
  return spans;
}

/** Joins segments ICU split after an abbreviation, or at a line break inside a sentence. */
function mergeFalseBreaks(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous) {
      // Only the boundary's surroundings matter; slicing whole spans would be quadratic on long runs.
      const before = text.slice(Math.max(previous.start, previous.end - CONTEXT), previous.end);
      const after = text.slice(span.start, span.start + CONTEXT);
      if (!ENDS_SENTENCE.test(before) || continuesAfterAbbreviation(before, after)) {
        previous.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  return merged;
}

/** Narrows a span to exclude surrounding white space; null when nothing readable is left. */
function trimSpan(text: string, span: SentenceSpan): SentenceSpan | null {
  const raw = text.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(body)) return null;
  return { start: span.start + lead, end: span.start + lead + body.length };
}

/** Cuts an over-long span into pieces of at most MAX_PASSAGE characters, at white space where possible. */
function cutLong(text: string, span: SentenceSpan): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_PASSAGE) {
    const window = text.slice(start, start + MAX_PASSAGE + 1);
    const space = window.search(/\s\S*$/);
    const end = space >= MIN_CUT ? start + space : start + MAX_PASSAGE;
    pieces.push({ start, end });
    start = end;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}

/**
 * Splits text into sentences: ICU boundaries (Intl.Segmenter), corrected for abbreviations,
 * initials and line breaks; closing quotes stay with their sentence. Ranges are trimmed
 * and index `text` exactly.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans = /[.?!…]/u.test(text)
    ? mergeFalseBreaks(text, segment(text))
    : [{ start: 0, end: text.length }];
  return spans.flatMap((span) => {
    const trimmed = trimSpan(text, span);
    return trimmed ? cutLong(text, trimmed) : [];
  });
}
