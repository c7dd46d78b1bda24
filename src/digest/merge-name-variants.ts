import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const words = (name: string) => name.toLowerCase().split(/\s+/);

/** Whether `short` is `long`'s last words ("Rubio" of "Marco Rubio"). */
const isSurnameOf = (short: string, long: string) => {
  const s = words(short);
  const l = words(long);
  return s.length < l.length && l.slice(-s.length).join(' ') === s.join(' ');
};

/**
 * Whether `long` is `short` with words before or after it ("US Treasury Secretary", "US State Department").
 */
const extends_ = (long: string, short: string) => {
  const [l, s] = [long.toLowerCase(), short.toLowerCase()];
  return l.startsWith(`${s} `) || l.endsWith(` ${s}`);
};

/**
 * Maps each name to the variant a digest shows, so one actor is listed once: people by their
 * full name ("Gor" → "Sergio Gor"), organisations by their shortest form ("US Treasury Secy" →
 * "US Treasury", "US State Department" → "State Department"), countries by ISO code with the most used
 * spelling ("US" / "United States").
 * `counts` says how often each variant occurs.
 */
export function canonicalNames(type: string, counts: ReadonlyMap<string, number>): Map<string, string> {
  const names = [...counts.keys()];
  const canonical = new Map<string, string>();
  for (const name of names) {
    let target = name;
    if (type === 'person') {
      const full = names.filter((other) => isSurnameOf(name, other));
      if (full.length === 1) target = full[0]!;
    } else if (type === 'org') {
      const shorter = names.filter((other) => extends_(name, other)).sort((a, b) => a.length - b.length)[0];
      if (shorter) target = shorter;
    } else if (type === 'place') {
      const code = countries.getAlpha2Code(name, 'en');
      if (code) {
        const same = names.filter((other) => countries.getAlpha2Code(other, 'en') === code);
        target = same.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b))[0]!;
      }
    }
    canonical.set(name, target);
  }
  return canonical;
}
