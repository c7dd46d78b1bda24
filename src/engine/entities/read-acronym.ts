import { isCommonWord } from './word-kinds.js';

/**
 * What a lone upper-case word is: an expansion's short form ("the Lithium Producers Forum (LPF)") an
 * organisation; a common word in capitals ("EVEN", "DNA", "CEO") nothing; else a name of unknown kind.
 */
export function readAcronym(text: string, start: number, end: number): 'org' | 'name' | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 6);
  if (/\p{Lu}[\p{L}-]*\s*\(\s*$/u.test(before) && /^\s*\)/.test(after)) return 'org';
  return isCommonWord(text.slice(start, end)) ? null : 'name';
}
