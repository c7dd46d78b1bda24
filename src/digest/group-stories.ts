import { cosine, norm, type ArticleProfile } from './profile-article.js';

/** How strongly each kind of evidence says two articles report the same event. */
export interface GroupingOptions {
  textWeight: number;
  /** Shared people, organisations, events and event dates, weighted by rarity. */
  nameWeight: number;
  /** Added when both articles are mostly about the same named event. */
  sameEventBonus: number;
  /** Multiplies the score when each is mostly about a different named event. */
  otherEventFactor: number;
  /** Multiplies the score when the two share no name or event date: boilerplate text alone is no event. */
  noSharedNameFactor: number;
  /** Average similarity two groups need to merge. */
  threshold: number;
}

export const defaultGroupingOptions: GroupingOptions = {
  textWeight: 0.6,
  nameWeight: 0.4,
  sameEventBonus: 0.25,
  otherEventFactor: 0.4,
  noSharedNameFactor: 0.5,
  threshold: 0.3,
};

/**
 * Names and event dates weighted by rarity among the articles being grouped, so "India" in
 * every article, or the day a whole batch was published, says little.
 */
function nameVectors(profiles: readonly ArticleProfile[]): Array<Map<string, number>> {
  const keysOf = (p: ArticleProfile) =>
    new Map([...p.names, ...p.article.eventDates.map((d) => [`date:${d}`, 1] as const)]);
  const keyed = profiles.map(keysOf);
  const df = new Map<string, number>();
  for (const keys of keyed) for (const key of keys.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return keyed.map((keys) => {
    const vector = new Map<string, number>();
    for (const [key, count] of keys)
      vector.set(key, Math.sqrt(count) * Math.log(1 + profiles.length / df.get(key)!));
    const length = norm(vector);
    for (const [name, weight] of vector) vector.set(name, weight / length);
    return vector;
  });
}

/** Pairwise likelihood (0..1 plus the same-event bonus) that two articles report the same event. */
export function similarityMatrix(
  profiles: readonly ArticleProfile[],
  options: GroupingOptions = defaultGroupingOptions,
): number[][] {
  const names = nameVectors(profiles);
  const sim = profiles.map(() => new Array<number>(profiles.length).fill(1));
  // Every part of the score is symmetric: score each pair once and mirror it.
  profiles.forEach((a, i) => {
    for (let j = i + 1; j < profiles.length; j += 1) {
      const b = profiles[j]!;
      const shared = cosine(names[i]!, names[j]!);
      let score = options.textWeight * cosine(a.vector, b.vector) + options.nameWeight * shared;
      if (shared === 0) score *= options.noSharedNameFactor;
      if (a.event && b.event)
        score = a.event === b.event ? score + options.sameEventBonus : score * options.otherEventFactor;
      sim[i]![j] = score;
      sim[j]![i] = score;
    }
  });
  return sim;
}

/**
 * Groups articles about the same event: average-linkage clustering, so one article that merely
 * mentions another event (a background paragraph) does not chain two stories together.
 * Group-to-group averages are updated in place when two groups merge (Lance–Williams), so a
 * merge costs one pass over the groups. Takes `similarityMatrix`'s output; returns groups of
 * article indices.
 */
export function groupStories(
  sim: readonly number[][],
  threshold: number = defaultGroupingOptions.threshold,
): number[][] {
  const members: Array<number[] | null> = sim.map((_, i) => [i]);
  const link = sim.map((row) => [...row]);
  for (;;) {
    let best: { a: number; b: number; score: number } | null = null;
    for (let a = 0; a < members.length; a += 1) {
      if (!members[a]) continue;
      for (let b = a + 1; b < members.length; b += 1) {
        const score = link[a]![b]!;
        if (members[b] && score >= threshold && (!best || score > best.score)) best = { a, b, score };
      }
    }
    if (!best) return members.filter((g): g is number[] => g !== null);
    const { a, b } = best;
    const [na, nb] = [members[a]!.length, members[b]!.length];
    for (let c = 0; c < members.length; c += 1) {
      if (!members[c] || c === a || c === b) continue;
      const merged = (na * link[a]![c]! + nb * link[b]![c]!) / (na + nb);
      link[a]![c] = merged;
      link[c]![a] = merged;
    }
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    members[b] = null;
  }
}
