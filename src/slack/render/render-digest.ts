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
  /** A private preview: stories past the first message are counted, not threaded. */
  preview?: boolean;
}

const BLOCKS_PER_STORY = 5;
// Header, window line, and the "more stories" note.
const FIXED_BLOCKS = 3;

const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const plural = (n: number, word: string) =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;

function describeWindow(window: DigestWindow): string {
  const to = formatIsoDate(window.to.slice(0, 10));
  return window.from
    ? `New since ${formatIsoDate(window.from.slice(0, 10))} · as of ${to}`
    : `Everything so far · as of ${to}`;
}

/** Quote lines share the section's 3,000 characters with the headline. */
function storySection(story: DigestStory, rank: number): KnownBlock {
  const meta = [story.event, plural(story.sources.length, 'source')]
    .filter(Boolean)
    .map((s) => escapeMrkdwn(s!))
    .join(' · ');
  const head = `*${rank}. ${escapeAndTruncate(story.headline, 300)}*\n_${meta}_`;
  const room =
    Math.floor((SLACK_LIMITS.sectionText - head.length - 20) / Math.max(1, story.keySentences.length)) - 12;
  const quotes = story.keySentences.map(
    (k) => `>${escapeAndTruncate(k.quote.replace(/\s+/g, ' '), room)} *[${k.sourceIndex + 1}]*`,
  );
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

/**
 * Every source on its own line; past the element's limit, whole lines only and a count of the rest (a link is
 * never cut).
 */
function sourcesLine(story: DigestStory): string {
  const lines = story.sources.map((s, i) => `*[${i + 1}]* ${renderAttribution(s)}`);
  let text = '';
  for (const [i, line] of lines.entries()) {
    const more = `\n…and ${plural(lines.length - i, 'more source')}`;
    const next = text ? `${text}\n${line}` : line;
    if (next.length + (i < lines.length - 1 ? more.length + 20 : 0) > SLACK_LIMITS.contextElementText)
      return `${text}${more}`;
    text = next;
  }
  return text;
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

/** A digest as Slack messages: the channel's message, and the pages that follow it in its thread. */
export interface DigestMessages extends SlackMessage {
  /**
   * Stories past the first message's room, a page per message, for the digest's thread; empty when all fit.
   */
  rest: SlackMessage[];
}

/** Stories per message: each takes up to BLOCKS_PER_STORY blocks under Slack's 50. */
export const STORIES_PER_MESSAGE = Math.floor(
  (SLACK_LIMITS.blocksPerMessage - FIXED_BLOCKS) / BLOCKS_PER_STORY,
);

function headlinesText(title: string, stories: DigestStory[], first: number, after: string): string {
  const headlines = stories
    .map((s, i) => `${first + i}. ${s.headline} (${plural(s.sources.length, 'source')})`)
    .join('\n');
  return escapeAndTruncate(`${title}\n${headlines}${after}`, SLACK_LIMITS.fallbackText);
}

/**
 * The digest: a header, then per story its headline, key sentences (verbatim, numbered to its
 * sources), the people/organisations/places/dates, every source and a follow-up button. The first
 * message holds the top stories and says how many follow; `rest` carries every other story, in
 * order, a page per message, to be posted in the first message's thread. No story is left out.
 */
export function renderDigest(digest: Digest, options: RenderDigestOptions = {}): DigestMessages {
  const stories = digest.stories;
  const followUps = options.followUps !== false;
  const title = `Critical minerals digest: ${plural(stories.length, 'story')} from ${plural(digest.articles.length, 'article')}`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncateText(title, SLACK_LIMITS.headerText) } },
    context([options.note ?? null, describeWindow(digest.window)].filter(Boolean).join(' · ')),
  ];
  const shown = stories.slice(0, STORIES_PER_MESSAGE);
  shown.forEach((story, i) => blocks.push(...storyBlocks(story, i + 1, followUps)));
  const left = stories.length - shown.length;
  if (left > 0) {
    const where = options.preview
      ? 'are not shown in this preview; the posted digest carries them in its thread'
      : "follow in this message's thread";
    blocks.push(
      context(
        `:thread: Stories ${shown.length + 1}–${stories.length} (${plural(left, 'more story')}) ${where}.`,
      ),
    );
  }

  const rest: SlackMessage[] = [];
  for (let first = STORIES_PER_MESSAGE; first < stories.length; first += STORIES_PER_MESSAGE) {
    const page = stories.slice(first, first + STORIES_PER_MESSAGE);
    const last = first + page.length;
    const heading = `Digest continued: stories ${first + 1}–${last} of ${stories.length}`;
    const pageBlocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: heading } }];
    page.forEach((story, i) => pageBlocks.push(...storyBlocks(story, first + i + 1, followUps)));
    rest.push({ text: headlinesText(heading, page, first + 1, ''), blocks: pageBlocks });
  }
  const text = headlinesText(
    title,
    shown,
    1,
    left > 0 ? `\n…and ${plural(left, 'more story')} in the thread` : '',
  );
  return { text, blocks, rest };
}

/** The one line posted on an empty day when DIGEST_POST_EMPTY is on. */
export function renderEmptyDigest(window: DigestWindow): SlackMessage {
  const text = `Critical minerals digest: no new articles (${describeWindow(window)}).`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
