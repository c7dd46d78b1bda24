import type { Engine } from '../engine/index.js';
import type { DigestSource, DigestStory } from './digest-types.js';
import { canonicalNames } from './merge-name-variants.js';
import { pickKeySentences } from './pick-key-sentences.js';
import { norm, type ArticleProfile } from './profile-article.js';

const DAY_MS = 86_400_000;
const HEADLINE_MAX = 120;
const LIMITS = { people: 6, organizations: 5, places: 8, dates: 3 };

/** Sum of the members' vectors, re-normalised: what the story as a whole is about. */
function centroidOf(profiles: readonly ArticleProfile[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const p of profiles)
    for (const [term, weight] of p.vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  const length = norm(sum);
  for (const [term, weight] of sum) sum.set(term, weight / length);
  return sum;
}

/**
 * Ranks values by how many articles state them, then how often; keeps those stated `minMentions` times or
 * more.
 */
function ranked(perArticle: Array<Map<string, number>>, limit: number, minMentions = 1): string[] {
  const score = new Map<string, [number, number]>();
  for (const counts of perArticle) {
    for (const [value, count] of counts) {
      const [articles, total] = score.get(value) ?? [0, 0];
      score.set(value, [articles + 1, total + count]);
    }
  }
  return [...score.entries()]
    .filter(([, [articles, total]]) => Math.max(articles, total) >= minMentions)
    .sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1])
    .slice(0, limit)
    .map(([value]) => value);
}

/**
 * Turns a group of profiles (same event) into a story. `centrality[i]` is how similar member i
 * is to the rest; the most central article gives the headline and is listed first.
 */
export function describeStory(
  engine: Engine,
  members: readonly ArticleProfile[],
  centrality: readonly number[],
  asOf: string,
): DigestStory {
  const order = members
    .map((_, i) => i)
    .sort(
      (a, b) =>
        centrality[b]! - centrality[a]! || (members[b]!.date ?? '').localeCompare(members[a]!.date ?? ''),
    );
  const profiles = order.map((i) => members[i]!);
  const outlets = new Set(profiles.map((p) => p.article.source?.toLowerCase()).filter(Boolean));

  const events = new Map<string, number>();
  for (const p of profiles) if (p.event) events.set(p.event, (events.get(p.event) ?? 0) + 1);
  const event = [...events.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const multiSource = profiles.length > 1;
  /** Per article, counts of one entity type's names, variants merged across the story. */
  const byType = (type: string) => {
    const perArticle = profiles.map((p) => {
      const counts = new Map<string, number>();
      for (const passage of p.article.passages) {
        // Background paragraphs about another event name other people.
        const about = engine.eventOf(passage.id);
        if (event && about && about !== event) continue;
        for (const e of engine.entitiesOf(passage.id)) {
          if (e.type === type && !outlets.has(e.name.toLowerCase()))
            counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
        }
      }
      return counts;
    });
    const total = new Map<string, number>();
    for (const counts of perArticle)
      for (const [name, n] of counts) total.set(name, (total.get(name) ?? 0) + n);
    const canonical = canonicalNames(type, total);
    return perArticle.map((counts) => {
      const merged = new Map<string, number>();
      for (const [name, n] of counts)
        merged.set(canonical.get(name)!, (merged.get(canonical.get(name)!) ?? 0) + n);
      return merged;
    });
  };
  // In a story with several reports, a name said once by one of them is usually background.
  const confirmed = (perArticle: Array<Map<string, number>>, limit: number) =>
    ranked(perArticle, limit, multiSource ? 2 : 1);
  const datesPerArticle = profiles.map((p) => new Map(p.dates.map((d) => [d, 1])));
  const dates = ranked(datesPerArticle, LIMITS.dates, multiSource ? 2 : 1);
  if (dates.length === 0) dates.push(...ranked(datesPerArticle, 1));

  const sources: DigestSource[] = profiles.map((p) => ({
    file: p.article.file,
    title: p.article.title,
    source: p.article.source,
    url: p.article.url,
    date: p.date,
  }));
  const keySentences = pickKeySentences(engine, profiles, centroidOf(profiles), event).map((passage) => ({
    quote: passage.text,
    passageId: passage.id,
    article: passage.article,
    sourceIndex: sources.findIndex((s) => s.file === passage.article),
  }));
  const headline = (profiles.find((p) => p.article.title.length <= HEADLINE_MAX) ?? profiles[0]!).article
    .title;

  const latest = profiles
    .map((p) => p.date)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const ageDays = latest ? Math.max(0, (Date.parse(asOf) - Date.parse(latest)) / DAY_MS) : 30;
  return {
    headline,
    event,
    keySentences,
    people: confirmed(byType('person'), LIMITS.people),
    organizations: confirmed(byType('org'), LIMITS.organizations),
    places: ranked(byType('place'), LIMITS.places),
    dates: dates.sort(),
    sources,
    followUp: event
      ? `What happened at the ${event}?`
      : `What do the articles say about ${headline.replace(/[?.!]+$/, '')}?`,
    // Sources first; recency (0..1) only breaks ties between stories with as many sources.
    weight: profiles.length + 1 / (1 + ageDays / 7),
  };
}
