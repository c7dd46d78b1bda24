/** "How much ...", "what does it cost": asks for money or a measure, which a bare count ("33", "two") is not. */
export function asksMeasure(question: string): boolean {
  return /\bhow much\b|\b(cost|costs|price|prices|worth|value|spend|spent|paid|pay)\b/i.test(question);
}

/** An amount with a currency, a unit or a percent ("₹7,280 crore", "25%", "5 million tonnes"). */
export function isMeasure(amount: string): boolean {
  return /[₹$€£¥%]|\d\s*\p{L}{2,}|\b(million|billion|trillion|crore|lakh|percent|per cent)\b/iu.test(amount);
}
