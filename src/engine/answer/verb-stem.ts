import { analyzeText } from '../index/analyze-text.js';

// Past forms the stemmer cannot bring back to their verb.
const IRREGULAR: Record<string, string> = {
  led: 'lead',
  met: 'meet',
  held: 'hold',
  sent: 'send',
  won: 'win',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
  chose: 'choose',
  chosen: 'choose',
  brought: 'bring',
  bought: 'buy',
  sold: 'sell',
  paid: 'pay',
  found: 'find',
  built: 'build',
  spoke: 'speak',
  spoken: 'speak',
  struck: 'strike',
  saw: 'see',
  seen: 'see',
  went: 'go',
  became: 'become',
  left: 'leave',
  kept: 'keep',
  set: 'set',
  put: 'put',
  drew: 'draw',
  drawn: 'draw',
  hit: 'hit',
};

/** The analysed term of a verb form, past forms included: "hosted", "hosting" and "hosts" → one term; "led" → "lead". */
export function verbStem(word: string): string | null {
  const lower = word.toLowerCase();
  return analyzeText(IRREGULAR[lower] ?? lower)[0] ?? null;
}
