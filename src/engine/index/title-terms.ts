import { analyzeAsWritten, analyzeText, type AnalysisOptions } from './analyze-text.js';

type Held = readonly string[] | string | undefined;

/** The terms held (a saved string split on first read), else the title analysed and kept. */
function termsOf(held: Held[], n: number, analyse: () => string[]): readonly string[] {
  const terms = held[n];
  if (typeof terms === 'string') return (held[n] = terms === '' ? [] : terms.split(' '));
  return terms ?? (held[n] = analyse());
}

/**
 * Each group title's analysed terms in order, by group number, read as a whole (`analyzeText`: what
 * the title index was given) and as written (`analyzeAsWritten`: how a title is read as a passage's
 * context), kept so that answers analyse no title. Restored terms stay joined by spaces until read (a
 * term never holds a space); terms not known yet are analysed when first read.
 */
export function createTitleTerms(
  options: AnalysisOptions,
  saved?: { whole?: readonly string[]; written?: readonly string[] },
) {
  const whole: Held[] = saved?.whole ? [...saved.whole] : [];
  const written: Held[] = saved?.written ? [...saved.written] : [];
  const joined = (held: Held[], n: number, analyse: () => string[]) => {
    const terms = held[n];
    return typeof terms === 'string' ? terms : termsOf(held, n, analyse).join(' ');
  };
  return {
    /** `analyzeText(title)`. */
    whole: (n: number, title: string) => termsOf(whole, n, () => analyzeText(title, options)),
    /** `analyzeAsWritten(title)`. */
    written: (n: number, title: string) => termsOf(written, n, () => analyzeAsWritten(title, options)),
    /** A new title, its whole terms already analysed. */
    set: (n: number, terms: readonly string[]) => {
      whole[n] = terms;
      written[n] = undefined;
    },
    drop: (n: number) => {
      whole[n] = undefined;
      written[n] = undefined;
    },
    /** Both readings joined by spaces, as a snapshot keeps them. */
    saved: (n: number, title: string): [string, string] => [
      joined(whole, n, () => analyzeText(title, options)),
      joined(written, n, () => analyzeAsWritten(title, options)),
    ],
  };
}
