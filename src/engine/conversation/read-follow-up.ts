/**
 * Reads a short reply in a conversation ("and when was it?", "who else?") together with the
 * question asked before it, so it can be answered on its own. Pure text rules, no corpus.
 */

const CONNECTOR = /^(?:and|so|but|also|ok(?:ay)?|then)\b[\s,]*/i;
const ANAPHOR = /\b(it|its|they|them|their|that|this|those|these|there|he|she|him|her|his|else)\b/i;
const REPLACEABLE = /\b(it|they|them|that|this|there)\b/i;
const WH_START = /^(who|whom|whose|what|which|when|where|why|how)\b/i;
/** A noun phrase led by a determiner, up to the end of the clause: "the ministerial", "the Kabwe smelter in Zambia". */
const TOPIC = /\b(?:the|this|that|these|those)\s+[^?.!,;]+/i;
const MAX_FOLLOW_UP_WORDS = 7;

/** True when `reply` leans on an earlier question: short, and led by "and…" or holding "it", "they", "else"… */
export function isFollowUp(reply: string): boolean {
  const text = reply.trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_FOLLOW_UP_WORDS) return false;
  return CONNECTOR.test(text) || ANAPHOR.test(text) || /^what about\b|^how about\b/i.test(text);
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The question to answer for `reply`, given the earlier question in the same thread (null: none).
 * "who else?" asks the earlier question again; "and when was it?" after "Who attended the
 * ministerial?" becomes "When was the ministerial?"; when no topic can be lifted out, the earlier
 * question is appended so its terms are searched with the reply's question word.
 */
export function readFollowUp(reply: string, earlier: string | null): string {
  const text = reply.trim();
  if (!earlier || !isFollowUp(text)) return text;
  const before = earlier.trim().replace(/[?.!]+$/, '');
  const own = text
    .replace(CONNECTOR, '')
    .replace(/[?.!]+$/, '')
    .trim();
  if (own === '') return earlier.trim();
  const whoElse = /^(who|what|which|where)(\s+\w+)?\s+else$/i.exec(own);
  if (whoElse) return `${before}?`;
  const topic = TOPIC.exec(before)?.[0]?.trim();
  if (topic && WH_START.test(own) && REPLACEABLE.test(own))
    return `${sentenceCase(own.replace(REPLACEABLE, topic))}?`;
  const about = /^(?:what|how) about\s+(.+)$/i.exec(own);
  if (about && topic) return `${sentenceCase(before.replace(topic, about[1]!))}?`;
  return `${sentenceCase(own)}? ${before}?`;
}
