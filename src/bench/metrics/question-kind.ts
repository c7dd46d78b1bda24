/** The question kinds SQuAD results are broken down by, in report order. */
export const questionKinds = [
  'who',
  'when',
  'where',
  'how many',
  'how much',
  'which',
  'what',
  'why',
  'how',
  'other',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

const RULES: Array<[QuestionKind, RegExp]> = [
  ['how many', /\bhow many\b/],
  ['how much', /\bhow much\b/],
  ['who', /\b(who|whom|whose)\b/],
  ['when', /\bwhen\b|\b(what|which) (year|date|day|month|century|decade|time)\b/],
  ['where', /\bwhere\b/],
  ['why', /\bwhy\b/],
  ['which', /\bwhich\b/],
  ['what', /\bwhat\b/],
  ['how', /\bhow\b/],
];

/**
 * A question's kind by its question word, wherever it sits ("The game was played where?" is a
 * "where"); counts and amounts and "what year" are told apart from the bare word. No question word: "other".
 */
export function questionKind(question: string): QuestionKind {
  const q = question.toLowerCase();
  return RULES.find(([, pattern]) => pattern.test(q))?.[0] ?? 'other';
}
