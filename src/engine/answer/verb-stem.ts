import { analyzeText } from '../index/analyze-text.js';
import { baseVerb } from '../index/irregular-verbs.js';

/** The analysed term of a verb form, past forms included: "hosted", "hosting" and "hosts" → one term; "led" → "lead". */
export function verbStem(word: string): string | null {
  return analyzeText(baseVerb(word.toLowerCase()))[0] ?? null;
}
