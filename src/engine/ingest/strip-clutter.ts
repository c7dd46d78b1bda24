import {
  isClutterLine,
  isCommentsStart,
  isBlockOpener,
  isPromoFragment,
  matchUpdatedLine,
} from './clutter-rules.js';
import { blankLine, type TextLine } from './split-lines.js';

export interface StrippedLines {
  /** Same length as the input: clutter lines are blanked (text '') so they still separate paragraphs. */
  lines: TextLine[];
  /** Date text of the first "Last Updated: ..." / "Published: ..." line that names one. */
  updated: string | null;
}

/** Teaser fragments after a block opener are dropped up to this many lines. */
const PROMO_SPAN = 12;
/**
 * Blanks page clutter in trimmed body lines: everything from a reader-comment section on,
 * share/navigation/promo/caption lines and promo blocks.
 */
export function stripClutter(input: TextLine[]): StrippedLines {
  const lines = [...input];
  let updated: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (isCommentsStart(text)) {
      for (let j = i; j < lines.length; j++) lines[j] = blankLine(lines[j]!);
      break;
    }
    const date = matchUpdatedLine(text);
    if (date) updated ??= date;
    if (isBlockOpener(text)) i = dropPromoBlock(lines, i);
    else if (isClutterLine(text)) lines[i] = blankLine(lines[i]!);
  }
  return { lines, updated };
}

/** Blanks a promo opener and the teaser fragments after it; returns the last index handled. */
function dropPromoBlock(lines: TextLine[], at: number): number {
  lines[at] = blankLine(lines[at]!);
  let last = at;
  let seen = 0;
  for (let j = at + 1; j < lines.length && seen < PROMO_SPAN; j++) {
    const text = lines[j]!.text;
    if (text === '') continue;
    seen++;
    if (!isPromoFragment(text) && !isClutterLine(text)) break;
    lines[j] = blankLine(lines[j]!);
    last = j;
  }
  return last;
}
