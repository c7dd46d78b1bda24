import { analyzeText } from '../index/analyze-text.js';

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
export function countsFocus(text: string, amount: { start: number; end: number }, focus: string): boolean {
  const own = text.slice(amount.start, amount.end);
  const after = text
    .slice(amount.end, amount.end + 30)
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  if (PERCENT_FOCUS.test(focus)) return PERCENT_TEXT.test(own) || /^\s*(?:%|per\s?cent)/i.test(after);
  return [...analyzeText(own), ...analyzeText(after)].includes(focus);
}

/** A multiplier written onto the number ("£304m", "£4.2bn", "$5k"). */
const GLUED_MULTIPLIER = /^(?:bn|mn|tn|m|b|k)\b/i;
/** A unit written after the number ("17 seconds", "6,000 square kilometres", "fifty thousand dollars", "5,560 kg"). */
const UNIT_AFTER =
  /^\s+(?:(?:square|cubic|metric)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|dollars?|pounds?|euros?|yen|yuan|rupees?|francs?|marks?|(?:kilo|centi|milli)?(?:metre|meter|litre|liter|gram)s?|miles?|feet|foot|inches|yards?|acres?|hectares?|kg|km|km2|m2|m3|ml|mL|mg|lbs?|oz|sq\s+(?:mi|km|ft)|tonnes?|tons?|barrels?|bushels?|ounces?|carats?|(?:kilo|mega|giga)?watts?|volts?|degrees?|times)\b/iu;

/**
 * The amount with the multiplier or unit the text writes after it ("£304" → "£304m", and for a question
 * that asks for a measure, "17" → "17 seconds"): the number alone is not what the text says it is.
 */
export function withUnit<T extends { text: string; name: string; end: number }>(
  text: string,
  amount: T,
  units: boolean,
): T {
  if (!/[\d\p{L}]$/u.test(amount.text)) return amount;
  const rest = text.slice(amount.end, amount.end + 40);
  const glued = /\d$/.test(amount.text) ? GLUED_MULTIPLIER.exec(rest) : null;
  const unit = glued ?? (units ? UNIT_AFTER.exec(rest) : null);
  if (!unit) return amount;
  const added = unit[0];
  return { ...amount, text: amount.text + added, name: amount.name + added, end: amount.end + added.length };
}
