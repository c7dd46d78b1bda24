/** A definition a passage gives of a subject, as it writes the subject and the definition. */
export interface Definition {
  subject: string;
  definition: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The subject as a pattern that tolerates spacing and hyphens: "pax silica" finds "PaxSilica" and "Pax Silica". */
const subjectPattern = (subject: string) =>
  subject
    .trim()
    .split(/[\s-]+/)
    .map((word) =>
      [...word]
        .map((c) =>
          c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c),
        )
        .join(''),
    )
    .join('[\\s-]?');
// "a group of miners from Chile, Argentina and Bolivia": an enumeration of names goes on past its commas.
const APPOSITIVE = `(?:\\s*\\([^)]*\\))?,\\s+((?:a|an)\\s+[^,.;]+(?:,\\s+\\p{Lu}[^,.;]*)*)`;
const NAME = `[\\p{Lu}][\\p{L}\\-’']*(?:\\s+(?:of|for|and|on|the|&|[\\p{Lu}][\\p{L}\\-’']*))*`;

/**
 * Finds a definition of `subject` in a sentence, by the patterns news copy defines things with:
 * an expansion before a short form ("the Lithium Producers Forum (LPF)"), a copula ("Pax Silica is
 * a United States-led strategic economic alliance ..."), an appositive ("Y, a group of ..."), and
 * "the X-led Y alliance".
 */
export function findDefinition(subject: string, text: string): Definition | null {
  const s = subjectPattern(subject);
  const expansion = new RegExp(`(${NAME})\\s*\\(\\s*(${s})\\s*\\)`, 'u').exec(text);
  if (expansion) {
    const more = new RegExp(`^\\s*\\)${APPOSITIVE}`, 'u').exec(
      text.slice(expansion.index + expansion[0].length - 1),
    );
    const name = `the ${expansion[1]!.replace(/^the\s+/i, '')}`;
    return { subject: expansion[2]!, definition: more ? `${name}, ${more[1]!.trim()}` : name };
  }
  const copula = new RegExp(
    `\\b(${s})\\s+(?:is|are|was|were|refers to|means)\\s+((?:a|an|the)\\s+[^.;]+)`,
    'u',
  ).exec(text);
  if (copula) return { subject: copula[1]!, definition: copula[2]!.trim() };
  const appositive = new RegExp(`\\b(${s})${APPOSITIVE}`, 'u').exec(text);
  if (appositive) return { subject: appositive[1]!, definition: appositive[2]!.trim() };
  const led = new RegExp(
    `\\bthe\\s+([\\p{L}\\-]+-led)\\s+(${s})\\s+([\\p{L}]+(?:\\s+of\\s+[\\p{L}]+)?)`,
    'u',
  ).exec(text);
  if (led) return { subject: led[2]!, definition: `the ${led[1]} ${led[3]}` };
  return null;
}

/** The subject a "what is X?" question asks to define, or null. */
export function definedSubject(question: string): string | null {
  return (
    question.match(
      /^(?:what|who)\s*(?:is|are|was|were|'s|’s|s)\s+(?:a\s+|an\s+|the\s+)?(.+?)\s*\??$/i,
    )?.[1] ??
    question.match(/^define\s+(.+?)\s*\??$/i)?.[1] ??
    null
  );
}
