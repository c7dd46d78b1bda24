/** Lower-cased words joined by single spaces: for comparing text that differs only in punctuation, quotes or case. */
export function normalizeWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
