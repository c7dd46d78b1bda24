import { analyzeText } from '../index/analyze-text.js';
import { baseVerb } from '../index/irregular-verbs.js';

// Every word of every supporting sentence is stemmed on each ask; news repeats its words, so stems are
// kept (bounded, cleared when full).
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string | null>();

/** The analysed term of a verb form, past forms included: "hosted", "hosting" and "hosts" → one term; "led" → "lead". */
export function verbStem(word: string): string | null {
  let stem = memo.get(word);
  if (stem === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    stem = analyzeText(baseVerb(word.toLowerCase()))[0] ?? null;
    memo.set(word, stem);
  }
  return stem;
}
