import type { Digest } from '../digest/digest-types.js';
import { formatIsoDate } from '../slack/render/render-citation.js';

/** The digest as plain text for a terminal (`npm run digest -- --preview`); nothing is escaped. */
export function renderDigestText(digest: Digest): string {
  const since = digest.window.from ? `new since ${digest.window.from}` : 'everything so far';
  if (digest.stories.length === 0) return `Critical minerals digest: no new articles (${since}).\n`;
  const lines = [
    `Critical minerals digest: ${digest.stories.length} stories from ${digest.articles.length} articles (${since}, as of ${digest.window.to})`,
    '',
  ];
  digest.stories.forEach((story, i) => {
    lines.push(`${i + 1}. ${story.headline}`);
    const count = `${story.sources.length} source${story.sources.length === 1 ? '' : 's'}`;
    lines.push(`   ${[story.event, count].filter(Boolean).join(' · ')}`);
    for (const k of story.keySentences)
      lines.push(`   “${k.quote.replace(/\s+/g, ' ')}” [${k.sourceIndex + 1}]`);
    const facts: Array<[string, string[]]> = [
      ['People', story.people],
      ['Organisations', story.organizations],
      ['Places', story.places],
      ['Dates', story.dates.map(formatIsoDate)],
    ];
    for (const [label, values] of facts)
      if (values.length > 0) lines.push(`   ${label}: ${values.join(', ')}`);
    lines.push('   Sources:');
    story.sources.forEach((s, n) => {
      const about = [s.source, s.date ? formatIsoDate(s.date) : null, s.url].filter(Boolean).join(', ');
      lines.push(`     [${n + 1}] ${s.title}${about ? ` (${about})` : ''} — ${s.file}`);
    });
    lines.push(`   Follow-up: ${story.followUp}`, '');
  });
  return `${lines.join('\n')}\n`;
}
