import type { Article, IngestResult, IngestWarning, SourceFile } from '../types.js';
import { buildPassages } from './build-passages.js';
import { decodeText } from './decode-text.js';
import { dropRepeats } from './drop-repeats.js';
import { findByline } from './find-byline.js';
import { findDateline, findInlineDateline } from './find-dateline.js';
import { findDates } from './find-dates.js';
import { findSource } from './find-source.js';
import { findTitle } from './find-title.js';
import { readFrontMatter } from './read-front-matter.js';
import { readUrl } from './read-url.js';
import { blankLine, splitLines, trimLine, type TextLine } from './split-lines.js';
import { splitParagraphs } from './split-paragraphs.js';
import { stripClutter } from './strip-clutter.js';
import { hashArticle } from './hash-article.js';

/**
 * No news article is this long: beyond it only the text up to the last line break before
 * the limit is analysed (with a warning), which keeps a multi-megabyte file well under a second.
 */
const MAX_TEXT = 1_000_000;

function blankAt(lines: TextLine[], indexes: Iterable<number | null | undefined>): TextLine[] {
  const out = [...lines];
  for (const i of indexes) if (i != null && out[i]) out[i] = blankLine(out[i]);
  return out;
}

function dropStart(line: TextLine, length: number): TextLine {
  return { start: line.start + length, end: line.end, text: line.text.slice(length) };
}

function analyze(file: SourceFile, text: string, warn: (message: string) => void): Article | null {
  const all = splitLines(text).map(trimLine);
  const front = readFrontMatter(all);
  const stripped = stripClutter(all.map((line, i) => (i < front.bodyLine ? blankLine(line) : line)));
  const source = findSource(stripped.lines);
  const byline = findByline(stripped.lines);
  const dateline = findDateline(stripped.lines);
  let lines = blankAt(stripped.lines, [...source.lineIndexes, dateline?.lineIndex, byline?.lineIndex]);
  const title = findTitle(lines, front.fields.title, file.name);
  lines = title.headline
    ? dropRepeats(blankAt(lines, [title.lineIndex]), title.title, null)
    : dropRepeats(lines, title.title, title.lineIndex);
  const wire = dateline ? null : findInlineDateline(lines);
  if (wire) lines[wire.lineIndex] = trimLine(dropStart(lines[wire.lineIndex]!, wire.length));
  const { paragraphs, passages } = buildPassages(file.name, splitParagraphs(text, lines));
  if (passages.length === 0) {
    warn('skipped: no article text is left once page clutter is removed');
    return null;
  }
  if (!/[.?!]/.test(text)) warn('text has no sentence punctuation: passages were cut at word boundaries');
  const dates = findDates({
    paragraphs: paragraphs.map((p) => p.text),
    dateline: dateline?.date ?? wire?.date ?? null,
    updated: stripped.updated,
    frontMatter: front.fields.published ?? null,
    yearText: text,
  });
  return {
    file: file.name,
    hash: hashArticle(file.bytes),
    mtimeMs: file.mtimeMs ?? null,
    title: title.title,
    source: front.fields.source?.trim() || source.source || wire?.agency || null,
    url: readUrl(front.fields.url),
    author: front.fields.author?.trim() || byline?.author || null,
    published: dates.published,
    dateline: dateline?.text ?? wire?.text ?? null,
    eventDates: dates.eventDates,
    reported: dates.reported,
    paragraphs,
    passages,
  };
}

/**
 * Parses one article file into title, source, dates, paragraphs and sentence passages,
 * dropping page clutter. Never throws: unreadable input gives `article: null`, and every
 * problem is reported as a warning naming the file.
 */
export function ingestFile(file: SourceFile): IngestResult {
  const warnings: IngestWarning[] = [];
  const warn = (message: string) => warnings.push({ file: file.name, message: `${file.name}: ${message}` });
  try {
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) {
      warn(`skipped: ${decoded.reason}`);
      return { article: null, warnings };
    }
    if (decoded.warning) warn(decoded.warning);
    let text = decoded.text;
    if (text.length > MAX_TEXT) {
      const cut = text.lastIndexOf('\n', MAX_TEXT);
      text = text.slice(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT);
      warn(
        `unusually large for an article (${(file.bytes.length / 1e6).toFixed(1)} MB): only the first ${text.length} characters were read`,
      );
    }
    return { article: analyze(file, text, warn), warnings };
  } catch (error) {
    warn(`skipped: could not be parsed (${error instanceof Error ? error.message : String(error)})`);
    return { article: null, warnings };
  }
}
