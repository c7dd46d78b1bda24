/** One line of the decoded text; `text` is `decoded.slice(start, end)` without its line break. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines (LF, CRLF or CR), keeping offsets into the text. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The line without surrounding white space (NBSPs included), with offsets narrowed to match. */
export function trimLine(line: TextLine): TextLine {
  const lead = line.text.length - line.text.trimStart().length;
  const trimmed = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + trimmed.length, text: trimmed };
}

/** An empty line at the same place: what a removed line becomes, so it still separates paragraphs. */
export function blankLine(line: TextLine): TextLine {
  return { start: line.start, end: line.start, text: '' };
}
