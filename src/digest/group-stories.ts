import { cosine, type ArticleProfile } from './profile-article.js';

/** How strongly each kind of evidence says two articles report the same event. */
export interface GroupingOptions {
  textWeight: number;
  nameWeight: number;
  dateWeight: number;
  /** Added when both articles are mostly about the same named event. */
  sameEventBonus: number;
  /** Multiplies the score when each is mostly about a different named event. */
  otherEventFactor: number;
  /** Average similarity two groups need to merge. */
  threshold: number;
}

export const defaultGroupingOptions: GroupingOptions = {
  textWeight: 0.5,
  nameWeight: 0.3,
  dateWeight: 0.2,
  sameEventBonus: 0.25,
  otherEventFactor: 0.4,
  threshold: 0.3,
};

const DAY_MS = 86_400_000;

/** Names weighted by rarity among the articles being grouped, so "India" in every article says little. */
function nameVectors(profiles: readonly ArticleProfile[]): Array<Map<string, number>> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const name of p.names.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return profiles.map((p) => {
    const vector = new Map<string, number>();
    for (const [name, count] of p.names) vector.set(name, Math.sqrt(count) * Math.log(1 + profiles.length / df.get(name)!));
    const norm = Math.hypot(...vector.values()) || 1;
    for (const [name, weight] of vector) vector.set(name, weight / norm);
    return vector;
  });
}

/** Whether the two articles give a date within a day of each other. */
function shareDate(a: readonly string[], b: readonly string[]): boolean {
  const days = (dates: readonly string[]) => dates.filter((d) => d.length === 10).map((d) => Date.parse(`${d}T00:00:00Z`));
  const bd = days(b);
  return days(a).some((x) => bd.some((y) => Math.abs(x - y) <= DAY_MS));
}

/** Pairwise likelihood (0..~1.25) that two articles report the same event. */
export function similarityMatrix(profiles: readonly ArticleProfile[], options: GroupingOptions = defaultGroupingOptions): number[][] {
  const names = nameVectors(profiles);
  return profiles.map((a, i) =>
    profiles.map((b, j) => {
      if (i === j) return 1;
      let score =
        options.textWeight * cosine(a.vector, b.vector) +
        options.nameWeight * cosine(names[i]!, names[j]!) +
        options.dateWeight * (shareDate(a.dates, b.dates) ? 1 : 0);
      if (a.event && b.event) score = a.event === b.event ? score + options.sameEventBonus : score * options.otherEventFactor;
      return score;
    }),
  );
}

/**
 * Groups articles about the same event: average-linkage clustering, so one article that merely
 * mentions another event (a background paragraph) does not chain two stories together.
 * Takes `similarityMatrix`'s output; returns groups of article indices.
 */
export function groupStories(sim: readonly number[][], threshold: number = defaultGroupingOptions.threshold): number[][] {
  let groups = sim.map((_, i) => [i]);
  const linkage = (a: number[], b: number[]) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += sim[i]![j]!;
    return sum / (a.length * b.length);
  };
  for (;;) {
    let best: { a: number; b: number; score: number } | null = null;
    for (let a = 0; a < groups.length; a += 1) {
      for (let b = a + 1; b < groups.length; b += 1) {
        const score = linkage(groups[a]!, groups[b]!);
        if (score >= threshold && (!best || score > best.score)) best = { a, b, score };
      }
    }
    if (!best) return groups;
    const merged = [...groups[best.a]!, ...groups[best.b]!].sort((x, y) => x - y);
    groups = [...groups.filter((_, k) => k !== best.a && k !== best.b), merged];
  }
}
