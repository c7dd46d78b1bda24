import type { TextLine } from './split-lines.js';

/** A body block: a paragraph of news text, or a section heading that labels the paragraphs after it. */
export interface Block {
  /** A `label` ("Key Points") heads only the bullet list right after it; a `heading` heads its whole section. */
  kind: 'paragraph' | 'heading' | 'label';
  bullet: boolean;
  start: number;
  end: number;
  text: string;
}

const BULLET = /^[•●▪◦·*–-]\s+/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const HEADING_LABEL =
  /^(?:key\s+(?:points|takeaways|highlights)|highlights|in\s+(?:brief|short)|at\s+a\s+glance)\b/i;
const MAX_HEADING = 150;
const JOINING_WORDS = new Set(
  'a an the and or but nor of to in on at for with by from as than that which who whose whom into onto over under about between its their his her our your this these those is are was were be been'.split(
    ' ',
  ),
);

function headingKind(text: string): Block['kind'] {
  if (text.length > MAX_HEADING) return 'paragraph';
  if (MARKDOWN_HEADING.test(text)) return 'heading';
  if (HEADING_LABEL.test(text)) return 'label';
  return isQuestion(text) ? 'heading' : 'paragraph';
}

function isQuestion(text: string): boolean {
  // One question on its own line: "What does the US want from this initiative?"
  return /\?["”’]?$/u.test(text) && !/[.?!]\s+\p{Lu}/u.test(text.slice(0, -1));
}

/** A line that ends a sentence, or a colon that introduces a list: no wrap continues it. */
const ENDS_LINE = /[.?!…:]["”’')\]]*$/u;
const WRAP_WIDTH = 100;

/**
 * Text hard-wrapped at a fixed width (plain-text mail, some feeds): its lines are all short
 * and most longer ones stop mid-sentence. Then every line break inside a block is a wrap.
 */
function isHardWrapped(lines: TextLine[]): boolean {
  const long = lines.filter((l) => l.text.length >= 40);
  if (long.length < 4 || lines.some((l) => l.text.length > WRAP_WIDTH)) return false;
  return long.filter((l) => !ENDS_LINE.test(l.text)).length >= long.length / 2;
}

/** Whether `next` continues a sentence that a hard line wrap cut at the end of `line`. */
function continuesLine(line: string, next: string, wrapped: boolean): boolean {
  if (ENDS_LINE.test(line) || BULLET.test(next) || headingKind(line) !== 'paragraph') return false;
  if (wrapped || /[,;–—-]$/u.test(line) || /^\p{Ll}/u.test(next)) return true;
  const lastWord = /(\p{L}+)$/u.exec(line)?.[1];
  return lastWord !== undefined && JOINING_WORDS.has(lastWord);
}

/**
 * Turns body lines (clutter already blanked) into blocks. Each line is its own paragraph
 * unless a hard wrap cut a sentence ("...People, Planet and" / "Progress."); bullet marks are
 * left out of the paragraph's range; question lines, "## Markdown" headings and "Key Points"
 * labels become headings.
 */
export function splitParagraphs(text: string, lines: TextLine[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let previous = '';
  const wrapped = isHardWrapped(lines);
  for (const line of lines) {
    if (line.text === '') {
      open = null;
    } else if (open && open.kind === 'paragraph' && continuesLine(previous, line.text, wrapped)) {
      open.end = line.end;
    } else {
      const bullet = BULLET.exec(line.text)?.[0].length ?? 0;
      const mark = bullet || (MARKDOWN_HEADING.exec(line.text)?.[0].length ?? 0);
      open = {
        kind: headingKind(line.text),
        bullet: bullet > 0,
        start: line.start + mark,
        end: line.end,
        text: '',
      };
      blocks.push(open);
    }
    previous = line.text;
  }
  return blocks.map((block) => ({ ...block, text: text.slice(block.start, block.end) }));
}
