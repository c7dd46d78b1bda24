import type { KnownBlock, View } from '@slack/types';
import type { LastDigestInfo } from '../../digest/start-digest.js';
import type { ArticleSummary } from '../../engine/index.js';
import type { DigestSettings } from '../../storage/digest-settings-store.js';
import { ACTION_IDS } from '../action-ids.js';
import { describeSubscriptions } from './render-digest-settings.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderExampleLines } from './render-help.js';
import { renderSourceLine } from './render-sources.js';
import { fitBlocks, SLACK_LIMITS } from './slack-limits.js';

export interface HomeFacts {
  articles: ArticleSummary[];
  lastDigest: LastDigestInfo | null;
  examples: string[];
  command: string;
  /** Shown to editors only: the digest's channels and schedule, with a button to change them. */
  digestSettings?: DigestSettings;
}

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;

function describeDigest(digest: LastDigestInfo | null): string {
  if (!digest) return 'No digest has been posted yet.';
  const seconds = Math.floor(Date.parse(digest.postedAt) / 1000);
  const when = Number.isFinite(seconds)
    ? `<!date^${seconds}^{date_short_pretty} at {time}|${escapeMrkdwn(digest.postedAt)}>`
    : escapeMrkdwn(digest.postedAt);
  const where = digest.channel && CHANNEL_ID.test(digest.channel) ? ` in <#${digest.channel}>` : '';
  const count =
    digest.articleCount === undefined
      ? ''
      : ` covering ${digest.articleCount} article${digest.articleCount === 1 ? '' : 's'}`;
  return `Last digest: ${when}${where}${count}.`;
}

/** The App Home tab: what the bot knows, the last digest, and questions to try. */
export function renderHome(facts: HomeFacts): View {
  const newest = facts.articles[0];
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: 'Critical minerals, answered from the news', emoji: true },
    },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          `I have read *${facts.articles.length} article${facts.articles.length === 1 ? '' : 's'}*. ` +
          'Ask me anything about them and I answer in a sentence, quoting the passages I relied on.',
      },
    },
  ];
  if (newest)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*Newest article*\n${renderSourceLine(newest)}` },
    });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: describeDigest(facts.lastDigest) }] });
  if (facts.digestSettings) {
    const { schedule, subscriptions } = facts.digestSettings;
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*Digest* (editors): \`${escapeMrkdwn(schedule.cron)}\` in ${escapeMrkdwn(schedule.timeZone)}\n${describeSubscriptions(subscriptions)}`,
      },
      accessory: {
        type: 'button',
        text: { type: 'plain_text', text: 'Digest settings' },
        action_id: ACTION_IDS.digestSettingsOpen,
        value: 'open',
      },
    });
  }
  blocks.push({ type: 'divider' });
  if (facts.examples.length > 0) {
    const tries = renderExampleLines(facts.command, facts.examples);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Questions to try*\n${tries}` } });
  }
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: `Mention me in a channel, message me here, or use \`${facts.command} help\` for every command.`,
      },
    ],
  });
  return { type: 'home', blocks: fitBlocks(blocks, SLACK_LIMITS.blocksPerHomeView) };
}
