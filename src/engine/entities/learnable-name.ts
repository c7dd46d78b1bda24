import { organizationWords, placeNames, roleWords } from './name-lists.js';
import { isCommonWord, isPluralOrVerb } from './word-kinds.js';

const isShouted = (word: string) => word.length > 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** A word that can be part of a person's name: capitalised, not shouted, not a place, an organisation, a role or a plural. */
export function nameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}/u.test(word) &&
    !isShouted(word) &&
    !placeNames.has(lower) &&
    !organizationWords.has(lower) &&
    !roleWords.has(lower) &&
    !isPluralOrVerb(word)
  );
}

/**
 * Whether a name found once may be learned for the whole corpus. A learned name is applied to every
 * article, so one misread headline ("... SAYS\nJapan") must not turn "Japan" into a person: names
 * span one line, people are two or three name words, organisations are not headlines in capitals,
 * and no place name is ever learned as something else.
 */
export function isLearnable(name: string, type: string): boolean {
  if (/[\n\r]/.test(name) || placeNames.has(name.toLowerCase())) return false;
  const words = name.split(/\s+/);
  if (type === 'person') return words.length >= 2 && words.length <= 3 && words.every(nameWord);
  return !(
    words.length > 1 &&
    words.filter(isShouted).length > 1 &&
    !words.some((w) => organizationWords.has(w.toLowerCase()))
  );
}

/** Whether a learned person's surname may stand for them alone ("Bessent said"): not a place, not a common word. */
export function isLearnableSurname(surname: string): boolean {
  return surname.length > 2 && !placeNames.has(surname.toLowerCase()) && !isCommonWord(surname);
}
