/** Python's `string.punctuation`: the official scripts strip these (ASCII) characters and no others. */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/**
 * `\b(a|an|the)\b` as Python's `re.UNICODE` reads it: word characters are letters, digits and `_` of any
 * script.
 */
const ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;

/**
 * SQuAD's answer normalisation, as the official v1.1 and v2.0 scripts do it: lower case,
 * ASCII punctuation removed, the articles a/an/the removed, white space collapsed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(ASCII_PUNCTUATION, '')
    .replace(ARTICLES, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
    .join(' ');
}

export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

/**
 * Token-bag F1 between the normalised strings; when either side is empty, 1 if both are, else 0 (as in
 * v2.0).
 */
export function f1Score(prediction: string, gold: string): number {
  const predicted = normalizeAnswer(prediction)
    .split(' ')
    .filter((t) => t !== '');
  const expected = normalizeAnswer(gold)
    .split(' ')
    .filter((t) => t !== '');
  if (predicted.length === 0 || expected.length === 0) return predicted.length === expected.length ? 1 : 0;
  const remaining = new Map<string, number>();
  for (const t of expected) remaining.set(t, (remaining.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of predicted) {
    const left = remaining.get(t) ?? 0;
    if (left > 0) {
      common++;
      remaining.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Best score over a question's gold answers, as the official script takes it. */
export function bestOver(
  score: (p: string, g: string) => number,
  prediction: string,
  golds: string[],
): number {
  return golds.reduce((best, gold) => Math.max(best, score(prediction, gold)), 0);
}
