// A word as the answer readers count and place them: letters or digits, with inner apostrophes and hyphens
// ("India-US", "Bessent's"). Unlike the index's tokens, no NFKC and no dots, so offsets are the text's own.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of `text`, each with its offset (`index`). */
export const matchWords = (text: string): RegExpExecArray[] => [...text.matchAll(WORD)];
