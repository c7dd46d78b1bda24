import { dayNames, monthNames } from './name-lists.js';
import type { Entity } from './entity.js';

const MONTH = `(?:${monthNames.map((m) => `${m[0]!.toUpperCase()}${m.slice(1, 3)}(?:${m.slice(3)}|\\.)?`).join('|')})`;
const DAY = `(?:${dayNames.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})`;
const RANGE = `\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?`;
const DATE = new RegExp(
  [
    `\\b${RANGE}\\s+${MONTH}(?:,?\\s+\\d{4})?\\b`,
    `\\b${MONTH}\\s+${RANGE}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`,
    `\\b${MONTH}\\s+\\d{4}\\b`,
    `\\b(?:on|last|next|this)\\s+${DAY}\\b`,
    `\\b(?:next|last|this|earlier this|later this)\\s+(?:month|week|year)\\b`,
    `\\b(?:in\\s+)?${MONTH}\\b(?=\\s*[,.]|\\s+(?:this|next|last)\\b)`,
    `\\b(?:19|20)\\d{2}\\b`,
    // Times of day and times told by another event: "3 p.m.", "10:30 GMT", "minutes before the raid", "at dawn".
    `\\b\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|GMT\\b|EST\\b|ET\\b|IST\\b)`,
    `\\b(?:(?:a few|several|some|\\d+|a|an|two|three|four|five|ten|twenty|thirty)\\s+)?(?:seconds|minutes|hours|days|weeks|months|years|moments)\\s+(?:before|after|ahead of|into|ago)\\b(?:\\s+(?:the|a|his|her|their|its)\\s+[a-z]+)?`,
    `\\b(?:at|by|before|after|until)\\s+(?:dawn|dusk|noon|midday|midnight|sunrise|sunset|daybreak)\\b`,
  ].join('|'),
  'g',
);

const NUMBER = `\\d+(?:[.,]\\d+)*`;
const UNIT = '(?:crore|lakh|million|billion|trillion|thousand|tonnes?|tons?|mt|gw|mw|kg|per ?cent|percent)';
const AMOUNT = new RegExp(
  [
    `[₹$€£¥]\\s?${NUMBER}(?:\\s*${UNIT})?`,
    `\\b(?:US\\$|USD|INR|Rs\\.?|EUR)\\s?${NUMBER}(?:\\s*${UNIT})?`,
    `\\b${NUMBER}\\s*%`,
    `\\b${NUMBER}\\s*${UNIT}\\b`,
    `\\b(?:over|more than|about|nearly|almost|some|around)\\s+${NUMBER}\\s+\\p{L}+`,
  ].join('|'),
  'giu',
);

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|dozens|hundreds|thousands|a dozen|a few|several)';
/** Bare counts: "33", "some 250,000", "two", "three-day"; never a year, and never "one" used as a pronoun ("one of"). */
const COUNT = new RegExp(
  `(?:\\b(?:over|more than|about|nearly|almost|some|around|at least|up to)\\s+)?(?:\\b${NUMBER}\\b(?![.,]?\\d)|\\b${NUMBER_WORD}(?:[-\\s](?:hundred|thousand|million|billion|${NUMBER_WORD}))*\\b(?![-\\s]of\\b))`,
  'giu',
);
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** Dates ("12 January 2026", "February 19–20", "on Monday", "next month") and amounts ("₹7,280 crore", "25%", "33", "two"). */
export function findQuantities(text: string): Entity[] {
  const found: Entity[] = [];
  for (const m of text.matchAll(DATE))
    found.push({ text: m[0], name: m[0], type: 'date', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(AMOUNT)) {
    const overlapsDate = found.some(
      (d) => d.type === 'date' && m.index < d.end && d.start < m.index + m[0].length,
    );
    if (!overlapsDate)
      found.push({ text: m[0], name: m[0], type: 'amount', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(COUNT)) {
    const end = m.index + m[0].length;
    if (YEAR.test(m[0]) || found.some((d) => m.index < d.end && d.start < end)) continue;
    found.push({ text: m[0], name: m[0], type: 'amount', start: m.index, end });
  }
  return found.sort((a, b) => a.start - b.start);
}
