import type { TermLookup } from './read-context.js';
import { verbStem } from './verb-stem.js';

// Verbs news copy uses for the same act: a question's "say" is answered by "stated", "call for" by "urged",
// "encouraged" or "pressed for".
const KINDRED = [
  'say state tell add note post announce remark stress emphasize highlight',
  'call urge encourage demand press push advocate appeal',
  'lay outline set present unveil detail describe',
  'want seek aim look hope plan',
  'see view frame regard consider describe',
  'commit pledge promise vow undertake',
].map((line) => new Set(line.split(' ').map((w) => verbStem(w)!)));

/** The verb's kindred verbs (itself included), as analysed terms. */
export const kindred = (verb: string): ReadonlySet<string> =>
  KINDRED.find((set) => set.has(verb)) ?? new Set([verb]);

/**
 * The verb whose kin may stand for it: a question asking what was said, called for or planned ("what
 * did USISPF call for") is answered by whatever the passage words the act as; a typed question ("who
 * said ...") keeps its verb as asked.
 */
export const kinVerb = (question: { text: string; kind: string; verb: string | null }): string | null =>
  question.verb && question.kind === 'other' && /^(?:what|how)\b/i.test(question.text) ? question.verb : null;

/**
 * A passage's terms, read so that a kindred verb stands for `verb` (from `kinVerb`): "USISPF further
 * encouraged closer partnerships" holds the "call" of "what did USISPF call for".
 */
export function withKin(own: TermLookup, verb: string | null): TermLookup {
  const kin = verb ? kindred(verb) : null;
  if (!kin || kin.size < 2) return own;
  let held: boolean | undefined;
  return {
    has: (term) => {
      if (own.has(term)) return true;
      if (term !== verb) return false;
      held ??= [...kin].some((k) => own.has(k));
      return held;
    },
  };
}
