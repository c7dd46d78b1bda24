/**
 * Abbreviations after which a full stop does not end a sentence. ICU's sentence rules
 * (Intl.Segmenter) split after every "Mr." and "U.S."; these lists undo that.
 */

/** Titles before a name: never sentence-final. */
const TITLES = new Set(
  'mr mrs ms messrs dr prof sen rep gov gen lt col capt cmdr sgt adm maj cpl rev hon pres supt insp st mt ft amb'.split(
    ' ',
  ),
);

/** Abbreviations that are followed by a number: "No. 5", "Jan. 12", "Rs. 7,280", "Vol. 4". */
const BEFORE_NUMBER = new Set(
  'no nos vol vols p pp fig figs art sec ch para rs approx est jan feb mar apr jun jul aug sep sept oct nov dec tel ph'.split(
    ' ',
  ),
);

/** Latin and other abbreviations that never end a sentence. */
const ALWAYS = new Set(['e.g', 'i.e', 'vs', 'cf', 'viz', 'approx', 'ca']);

/** Words that start a new sentence after an ambiguous "U.S." or "a.m.". */
const SENTENCE_STARTERS = new Set(
  'the a an it its he she they we i you this that these those there their his her our but and or so yet however meanwhile also then in on at for after before when while if as since with by from of to what why how who where which'.split(
    ' ',
  ),
);

/**
 * Whether `before` (text up to a candidate boundary, ending in a full stop) ends in an
 * abbreviation that the text after it (`after`, starting at the next word) continues.
 */
export function continuesAfterAbbreviation(before: string, after: string): boolean {
  const token = /(?:^|[\s(“"‘'])([\p{L}.]+)\.$/u.exec(before.trimEnd())?.[1];
  if (!token) return false;
  const lower = token.toLowerCase();
  const next = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? '';
  if (TITLES.has(lower) || ALWAYS.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /^\p{N}/u.test(next);
  // An initial ("John F. Kennedy", "S. Jaishankar") or a dotted acronym ("J.P. Morgan", "U.S. Treasury").
  if (/^\p{Lu}$/u.test(token) || /^(?:\p{L}\.)+\p{L}$/u.test(token)) {
    return next !== '' && !SENTENCE_STARTERS.has(next.toLowerCase());
  }
  return false;
}
