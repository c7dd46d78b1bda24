import { analyzeText, type AnalysisOptions } from '../index/analyze-text.js';

/** "How much ...", "what does it cost": asks for money or a measure, which a bare count ("33", "two") is not. */
export function asksMeasure(question: string): boolean {
  return /\bhow much\b|\b(cost|costs|price|prices|worth|value|spend|spent|paid|pay)\b/i.test(question);
}

/** An amount with a currency, a unit or a percent ("₹7,280 crore", "25%", "5 million tonnes"). */
export function isMeasure(amount: string): boolean {
  return /[₹$€£¥%]|\d\s*\p{L}{2,}|\b(million|billion|trillion|crore|lakh|percent|per cent)\b/iu.test(amount);
}

const PERCENT_FOCUS = /^percent/;
const PERCENT_TEXT = /%|\bper\s?cent/i;

/**
 * Whether an amount counts what the question asks about ("how many representatives" → "five
 * representatives"; "what percent" → "80 percent", "Sixty percent", "90%"): the asked noun (`focus`,
 * analysed) is in the amount or among the few words after it.
 */
export function countsFocus(
  text: string,
  amount: { start: number; end: number },
  focus: string,
  options?: AnalysisOptions,
): boolean {
  const own = text.slice(amount.start, amount.end);
  const after = text
    .slice(amount.end, amount.end + 30)
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  if (PERCENT_FOCUS.test(focus)) return PERCENT_TEXT.test(own) || /^\s*(?:%|per\s?cent)/i.test(after);
  return [...analyzeText(own, options), ...analyzeText(after, options)].includes(focus);
}
