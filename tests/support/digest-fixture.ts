import type { Digest, DigestStory } from '../../src/digest/digest-types.js';

/** A story with three sources whose text holds mrkdwn that must be escaped. */
export function story(n: number, quoteLength = 200): DigestStory {
  const sources = [0, 1, 2].map((i) => ({
    file: `${n}-${i}.txt`,
    title: `Story ${n} report ${i} <!channel> & friends`,
    source: i === 0 ? 'ANI' : null,
    url: i === 1 ? `https://example.com/${n}/${i}` : null,
    date: '2026-01-13',
  }));
  return {
    headline: `Story ${n}: ministers <@U123> meet & agree`,
    event: 'Finance Ministerial',
    keySentences: [0, 1, 2].map((i) => ({
      quote: `${'word '.repeat(quoteLength / 5)}end${i}`,
      passageId: `${n}-${i}.txt#0.0`,
      article: `${n}-${i}.txt`,
      sourceIndex: i,
    })),
    people: ['Scott Bessent', 'Ashwini Vaishnaw'],
    organizations: ['US Treasury'],
    places: ['India', 'Washington'],
    dates: ['2026-01-12'],
    sources,
    followUp: `What happened at the Finance Ministerial ${n}?`,
    weight: 3,
  };
}

export const digest = (stories: DigestStory[]): Digest => ({
  window: { from: '2026-01-13T08:00:00.000Z', to: '2026-01-14T08:00:00.000Z' },
  articles: stories.flatMap((s) => s.sources.map((src) => ({ file: src.file, hash: 'h' }))),
  stories,
});
