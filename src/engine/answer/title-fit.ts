import type { Entity } from '../entities/find-entities.js';
import { roleWords } from '../entities/name-lists.js';

/** What a "who is the <title>" question asks: the title word, whose it is, and to where ("India's ambassador to the US"). */
export interface TitleAsked {
  role: string;
  of: string | null;
  to: string | null;
}

const sameStem = (a: string, b: string) => a.slice(0, 4).toLowerCase() === b.slice(0, 4).toLowerCase();

/** The title a question asks about, if it asks "who is ... <role word> ...". */
export function findTitleAsked(question: string): TitleAsked | null {
  const words = [...question.matchAll(/[\p{L}][\p{L}-]*/gu)].map((m) => m[0]);
  const at = words.findIndex((w) => roleWords.has(w.toLowerCase().replace(/-.*$/, '')));
  if (!/^who\b/i.test(question) || at < 0) return null;
  const role = words[at]!.toLowerCase().replace(/-.*$/, '');
  const word = words[at]!;
  const of =
    question.match(new RegExp(`(\\p{L}+)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${word}`, 'iu'))?.[1] ??
    question.match(
      new RegExp(
        `\\bthe\\s+(?!new\\b|former\\b|current\\b)(\\p{L}+)\\s+(?:[\\p{L}-]+\\s+){0,1}?${word}`,
        'iu',
      ),
    )?.[1] ??
    null;
  const to =
    question.match(
      new RegExp(`${word}(?:[\\s-]designate)?\\s+(?:to|of|for|at)\\s+(?:the\\s+)?(\\p{L}+)`, 'iu'),
    )?.[1] ?? null;
  return { role, of, to };
}

/**
 * How well a person's title in the passage fits the title asked: the role word must stand in the
 * words right before the name ("Indian Ambassador Vinay Kwatra") or in its appositive ("Michael
 * Kratsios, Assistant to President Trump"); whose it is must come before the role word and where
 * to after it, so "US Ambassador-designate to India" does not answer "India's ambassador to the US".
 */
export function titleFit(asked: TitleAsked, text: string, entity: Entity): number {
  if (entity.type !== 'person') return 0.5;
  const before = text
    .slice(Math.max(0, entity.start - 80), entity.start)
    .split(/[.;]\s/)
    .pop()!;
  const after = text.slice(entity.end).match(/^\s*,\s*([^.;]{0,100})/)?.[1] ?? '';
  for (const context of [before.split(/,\s*/).pop()!, after.split(/,\s/)[0]!]) {
    const words = [...context.matchAll(/[\p{L}][\p{L}-]*/gu)].map((m) => m[0]);
    const at = words.findIndex((w) => w.toLowerCase().replace(/-.*$/, '') === asked.role);
    if (at < 0) continue;
    const owner = words.slice(0, at);
    const place = words.slice(at + 1);
    let fit = 3;
    if (asked.of && owner.some((w) => sameStem(w, asked.of!))) fit *= 1.5;
    else if (asked.of && owner.some((w) => /^\p{Lu}/u.test(w))) fit *= 0.3;
    if (asked.of && place.some((w) => sameStem(w, asked.of!)) && !owner.some((w) => sameStem(w, asked.of!)))
      fit *= 0.2;
    if (asked.to && place.some((w) => sameStem(w, asked.to!))) fit *= 1.5;
    return fit;
  }
  return 0.6;
}
