import type { AnswerFact } from '../../engine/index.js';

/** One labelled line of a list answer. */
export interface FactGroup {
  label: string;
  facts: AnswerFact[];
}

const KIND_LABELS: ReadonlyArray<[AnswerFact['type'], string]> = [
  ['person', 'People'],
  ['org', 'Organisations'],
  ['place', 'Countries and places'],
  ['event', 'Events'],
  ['date', 'Dates'],
  ['amount', 'Amounts'],
  ['name', 'Others'],
];

/**
 * A list answer split into lines a reader can scan: who hosted first (when a cited passage says
 * so), then people, organisations, countries and places. Null when there is nothing to split
 * (one kind and no host, or every value is the host), so the answer reads as one line.
 */
export function groupFacts(facts: readonly AnswerFact[] | undefined): FactGroup[] | null {
  if (!facts || facts.length < 2) return null;
  const hosts = facts.filter((f) => f.role === 'host');
  const others = facts.filter((f) => f.role !== 'host');
  const kinds = new Set(others.map((f) => f.type));
  if (others.length === 0 || (hosts.length === 0 && kinds.size < 2)) return null;
  const groups: FactGroup[] = hosts.length > 0 ? [{ label: 'Hosted by', facts: hosts }] : [];
  for (const [type, label] of KIND_LABELS) {
    const mine = others.filter((f) => f.type === type);
    if (mine.length > 0) groups.push({ label, facts: mine });
  }
  return groups;
}
