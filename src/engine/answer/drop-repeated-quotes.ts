import type { Answer, AnswerFact, Citation } from '../types.js';

/** Share of the shorter quote's words the longer one must hold for the two to count as one quote. */
const REPEAT_OVERLAP = 0.75;

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Same article and mostly the same words ("Vaishnaw attended the meeting" twice, once with a dateline). */
export function repeats(
  a: Pick<Citation, 'article' | 'quote'>,
  b: Pick<Citation, 'article' | 'quote'>,
): boolean {
  if (a.article !== b.article) return false;
  const x = wordsOf(a.quote);
  const y = wordsOf(b.quote);
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size === 0) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size >= REPEAT_OVERLAP;
}

/**
 * An answer without quotes that repeat an earlier one: each repeat's `[n]` marks point at the
 * quote it repeats, the rest are renumbered, and repeats are dropped from "more" too.
 */
export function dropRepeatedQuotes(answer: Answer): Answer {
  const kept: Citation[] = [];
  const renumber = new Map<number, number>();
  answer.citations.forEach((citation, i) => {
    const earlier = kept.findIndex((k) => repeats(k, citation));
    renumber.set(i + 1, earlier >= 0 ? earlier + 1 : kept.push(citation));
  });
  const more = answer.more.filter((m) => !kept.some((k) => repeats(k, m)));
  if (kept.length === answer.citations.length && more.length === answer.more.length) return answer;
  const refs = (numbers: number[]) =>
    [...new Set(numbers.map((n) => renumber.get(n) ?? n))].sort((a, b) => a - b);
  const text = (value: string) =>
    value.replace(
      /\[(\d+(?:,\s*\d+)*)\]/g,
      (_, list: string) => `[${refs(list.split(/,\s*/).map(Number)).join(', ')}]`,
    );
  const facts = (list: AnswerFact[] | undefined) => list?.map((f) => ({ ...f, refs: refs(f.refs) }));
  const keptIds = new Set(kept.map((c) => c.passageId));
  return {
    ...answer,
    answer: text(answer.answer),
    citations: kept,
    more,
    ...(answer.facts ? { facts: facts(answer.facts) } : {}),
    ...(answer.groups
      ? {
          groups: answer.groups.map((g) => ({
            ...g,
            answer: text(g.answer),
            citations: g.citations.filter((c) => keptIds.has(c.passageId)),
            ...(g.facts ? { facts: facts(g.facts) } : {}),
          })),
        }
      : {}),
  };
}
