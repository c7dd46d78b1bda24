import { analyzeText } from '../index/analyze-text.js';
import type { TermLookup } from './read-context.js';

/**
 * "What are critical minerals used for?", "what is the use of X", "the purpose of X", "what is X
 * needed for": the question asks what a thing serves, which a sentence states with a use ("used in",
 * "components for", "essential for"), whether or not it repeats the question's "use" or "purpose".
 */
const ASKS_PURPOSE = new RegExp(
  [
    String.raw`^(?:what|which)\b.*\b(?:used|needed|required|useful|good|essential|important|vital)\s+(?:for|in)\s*\??$`,
    String.raw`^what\s+(?:is|are|was|were)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:uses?|purposes?|functions?|roles?|applications?|point)\s+of\b`,
    String.raw`^what\s+(?:is|are|was|were)\s+.+\s+for\s*\??$`,
    String.raw`^how\s+(?:is|are|was|were)\s+.+\s+used\s*\??$`,
  ].join('|'),
  'iu',
);

/**
 * A sentence that says what something is used in or for: "X are used in", "X are essential components
 * for", "X is key to", "X go into". The cue is said of a subject ("are", "is" before it), so "supply
 * chains vital for technology" in a sentence about something else states no use.
 */
const STATES_USE = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|mainly|mostly|widely|often|largely|primarily)\s+)?used\s+(?:in|for|to|as|by)\b`,
    String.raw`\b(?:is|are|was|were|be|remain|remains)\s+(?:(?:also|seen\s+as|considered)\s+)?(?:(?:an?|the)\s+)?(?:essential|key|vital|critical|crucial|needed|necessary|required|important|indispensable|central|integral|fundamental)\s+(?:(?:raw\s+)?(?:components?|inputs?|ingredients?|materials?|elements?|parts?|building\s+blocks?)\s+)?(?:for|to|in)\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?(?:(?:main|key|essential|critical)\s+)?(?:components?|inputs?|ingredients?)\s+(?:for|of|in)\b`,
    String.raw`\b(?:goes|go|went)\s+into\b`,
    String.raw`\buses?\s+(?:include|range)\b`,
    String.raw`\bapplications?\s+(?:in|for|include)\b`,
  ].join('|'),
  'i',
);

/** The question's own words for "use" ("use", "purpose", "role"): any stated use answers them. */
export const purposeTerms: ReadonlySet<string> = new Set(
  ['use', 'used', 'uses', 'purpose', 'purposes', 'role', 'function', 'point', 'needed', 'required'].flatMap(
    (w) => analyzeText(w),
  ),
);

/** Whether the question asks what something is used for (its purpose, its use, what it is needed for). */
export const asksPurpose = (question: string): boolean => ASKS_PURPOSE.test(question);

/** Whether a sentence states a use ("are essential components for electric vehicles", "used in batteries"). */
export const statesUse = (text: string): boolean => STATES_USE.test(text);

/** A sentence's terms, with the words for "use" held too: for a sentence that states a use. */
export const withUse = (own: TermLookup): TermLookup => ({
  has: (term: string) => purposeTerms.has(term) || own.has(term),
});
