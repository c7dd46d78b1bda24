/** Words that put a sentence's event ahead of the time of writing ("will host", "upcoming", "is scheduled to"). */
const FUTURE =
  /\b(will|shall|won[’']t|upcoming|forthcoming|scheduled|slated|due to|set to|is to|are to|plans? to|planned|expected to|next|ahead of)\b/i;

/** The sentence of `text` around offset `at`: from the last sentence end before it to the next after it. */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  const end = text.slice(at).search(/[.?!](\s|$)/);
  return text.slice(start, end < 0 ? text.length : at + end + 1);
}

/** Whether the sentence holding offset `at` speaks of something still to come, not of what happened. */
export function speaksOfFuture(text: string, at: number): boolean {
  return FUTURE.test(sentenceAround(text, at));
}
