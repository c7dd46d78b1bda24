import type { KnownBlock } from '@slack/types';
import type { Digest, DigestStory } from '../../digest/digest-types.js';
import type { DigestWindow } from '../../storage/digest-store.js';
import { ACTION_IDS } from '../action-ids.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { formatIsoDate, renderAttribution } from './render-citation.js';
import { SLACK_LIMITS } from './slack-limits.js';
import type { SlackMessage } from './slack-message.js';
import { escapeAndTruncate, truncateText } from './truncate-text.js';

export interface RenderDigestOptions {
  /** Follow-up buttons need a real channel message to thread under; off for previews. */
  followUps?: boolean;
  /** A line above the stories, e.g. "Preview: not posted". */
  note?: string;
}

const BLOCKS_PER_STORY = 5;
// Header, window line, and the "more stories" note.
const FIXED_BLOCKS = 3;

const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;

function describeWindow(window: DigestWindow): string {
  const to = formatIsoDate(window.to.slice(0, 10));
  return window.from ? `New since ${formatIsoDate(window.from.slice(0, 10))} · as of ${to}` : `Everything so far · as of ${to}`;
}

/** Quote lines share the section's 3,000 characters with the headline. */
function storySection(story: DigestStory, rank: number): KnownBlock {
  const meta = [story.event, plural(story.sources.length, 'source')].filter(Boolean).map((s) => escapeMrkdwn(s!)).join(' · ');
  const head = `*${rank}. ${escapeAndTruncate(story.headline, 300)}*\n_${meta}_`;
  const room = Math.floor((SLACK_LIMITS.sectionText - head.length - 20) / Math.max(1, story.keySentences.length)) - 12;
  const quotes = story.keySentences.map((k) => `>${escapeAndTruncate(k.quote.replace(/\s+/g, ' '), room)} *[${k.sourceIndex + 1}]*`);
  return { type: 'section', text: { type: 'mrkdwn', text: [head, ...quotes].join('\n') } };
}

function factsLine(story: DigestStory): string | null {
  const parts = [
    ['People', story.people],
    ['Organisations', story.organizations],
    ['Places', story.places],
    ['Dates', story.dates.map(formatIsoDate)],
  ] as const;
  const text = parts
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => `*${label}:* ${values.map((v) => escapeMrkdwn(v)).join(', ')}`)
    .join('   ');
  return text ? truncateText(text, SLACK_LIMITS.contextElementText) : null;
}

function sourcesLine(story: DigestStory): string {
  const line = story.sources
    .map((s, i) => {
      return `*[${i + 1}]* ${renderAttribution(s)}`;
    })
    .join('\n');
  return truncateText(line, SLACK_LIMITS.contextElementText);
}

function storyBlocks(story: DigestStory, rank: number, followUps: boolean): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: 'divider' }, storySection(story, rank)];
  const facts = factsLine(story);
  if (facts) blocks.push(context(facts));
  blocks.push(context(sourcesLine(story)));
  if (followUps && story.followUp.length <= SLACK_LIMITS.buttonValue) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: truncateText(`Ask: ${story.followUp}`, SLACK_LIMITS.buttonText) },
          action_id: ACTION_IDS.digestFollowUp,
          value: story.followUp,
        },
      ],
    });
  }
  return blocks;
}

/**
 * The digest as one Slack message: a header, then per story its headline, key sentences
 * (verbatim, numbered to its sources), the people/organisations/places/dates, every source and
 * a follow-up button. Past Slack's 50 blocks, the top stories and a count of the rest.
 */
export function renderDigest(digest: Digest, options: RenderDigestOptions = {}): SlackMessage {
  const stories = digest.stories;
  const title = `Critical minerals digest: ${plural(stories.length, 'story')} from ${plural(digest.articles.length, 'article')}`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncateText(title, SLACK_LIMITS.headerText) } },
    context([options.note ?? null, describeWindow(digest.window)].filter(Boolean).join(' · ')),
  ];
  const fits = Math.floor((SLACK_LIMITS.blocksPerMessage - FIXED_BLOCKS) / BLOCKS_PER_STORY);
  const shown = stories.slice(0, fits);
  shown.forEach((story, i) => blocks.push(...storyBlocks(story, i + 1, options.followUps !== false)));
  const rest = stories.length - shown.length;
  if (rest > 0) blocks.push(context(`…and ${plural(rest, 'more story')} (${plural(stories.slice(fits).reduce((n, s) => n + s.sources.length, 0), 'article')}) not shown to fit Slack's limits.`));

  const headlines = shown.map((s, i) => `${i + 1}. ${s.headline} (${plural(s.sources.length, 'source')})`).join('\n');
  const text = escapeAndTruncate(`${title}\n${headlines}${rest > 0 ? `\n…and ${plural(rest, 'more story')}` : ''}`, SLACK_LIMITS.fallbackText);
  return { text, blocks };
}

/** The one line posted on an empty day when DIGEST_POST_EMPTY is on. */
export function renderEmptyDigest(window: DigestWindow): SlackMessage {
  const text = `Critical minerals digest: no new articles (${describeWindow(window)}).`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
