import type { Logger } from '@slack/bolt';
import type { FeedPollReport } from '../../corpus/poll-feeds.js';
import type { ParsedFeed } from '../../corpus/parse-feed.js';
import { IngestError } from '../../corpus/ingest-error.js';
import { cleanUrl } from '../../corpus/normalize-url.js';
import type { Feed, FeedStore } from '../../storage/feed-store.js';
import type { AuditStore } from '../../storage/audit-store.js';
import { recordAudit } from '../record-audit.js';
import { escapeMrkdwn } from '../render/escape-mrkdwn.js';
import { renderNotice } from '../render/render-notice.js';
import { packLines } from '../render/pack-lines.js';
import { fitBlocks } from '../render/slack-limits.js';
import { unwrapSlackLink } from './add-command.js';
import type { Subcommand } from './subcommand.js';
import { errorMessage } from '../../error-message.js';

export interface FeedCommandDeps {
  store: FeedStore;
  /** Fetches and parses a feed (throws IngestError), to check it before following it. */
  fetchFeed: (url: string) => Promise<ParsedFeed>;
  /** The first poll, run right after a feed is added. */
  /** Polls one feed; `prefetched` is a copy of it just fetched, so it is not downloaded twice. */
  pollFeed: (feed: Feed, prefetched?: ParsedFeed) => Promise<FeedPollReport>;
  intervalMinutes: number;
  logger: Logger;
  /** Where feed changes are recorded; absent: nowhere. */
  audit?: AuditStore;
  now?: () => Date;
}

/** One line about a poll; feed and article titles escaped. */
export function describePoll(title: string, report: FeedPollReport): string {
  if (report.error) return `:warning: Could not read *${escapeMrkdwn(title)}*: ${escapeMrkdwn(report.error)}`;
  const parts = [
    `${report.added.length} added`,
    `${report.duplicates} already held`,
    `${report.filtered} filtered out`,
  ];
  if (report.failed.length) parts.push(`${report.failed.length} could not be read`);
  const added = report.added
    .slice(0, 10)
    .map((a) => `\n• ${escapeMrkdwn(a.title)}`)
    .join('');
  return `From *${escapeMrkdwn(title)}*: ${parts.join(', ')}.${added}`;
}

function feedUrl(raw: string): string | null {
  return cleanUrl(unwrapSlackLink(raw))?.toString() ?? null;
}

/** `/minerals feed add|list|remove`: follow RSS/Atom feeds whose new items are ingested every poll. */
export function createFeedCommands(deps: FeedCommandDeps): Subcommand[] {
  const now = deps.now ?? (() => new Date());
  const reply = (respond: Parameters<Subcommand['run']>[0]['respond'], text: string) =>
    respond({ response_type: 'ephemeral', ...renderNotice(text) });

  const add: Subcommand = {
    name: 'feed add',
    usage: 'feed add <rss-or-atom-url> [keywords]',
    description:
      'Follow a news feed; optional keywords such as "lithium OR cobalt OR rare earth" keep only matching items (editors).',
    editorsOnly: { action: 'feed.add', doing: 'add feeds' },
    rateLimit: 'add',
    async run({ args, respond, userId }) {
      const [first = '', ...rest] = args.split(/\s+/);
      const url = feedUrl(first);
      const audit = (outcome: 'ok' | 'refused', detail: string) =>
        recordAudit(deps.audit, deps.logger, {
          userId,
          action: 'feed.add',
          target: url ?? first.slice(0, 500),
          outcome,
          detail,
        });
      if (!url)
        return void (await reply(
          respond,
          'Give me a feed link: `/minerals feed add https://example.com/rss lithium OR cobalt`.',
        ));
      const keywords =
        rest
          .join(' ')
          .replace(/^["“']|["”']$/g, '')
          .trim() || null;
      if (await deps.store.get(url))
        return void (await reply(respond, `Already following \`${escapeMrkdwn(url)}\`.`));
      let parsed: ParsedFeed;
      try {
        parsed = await deps.fetchFeed(url);
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        await audit('refused', error.message);
        return void (await reply(respond, `:warning: Not following it: ${escapeMrkdwn(error.message)}.`));
      }
      const feed: Feed = {
        url,
        title: parsed.title || url,
        keywords,
        addedBy: userId,
        addedAt: now().toISOString(),
        lastPolledAt: null,
        lastError: null,
      };
      if (!(await deps.store.add(feed)))
        return void (await reply(respond, `Already following \`${escapeMrkdwn(url)}\`.`));
      await audit('ok', keywords ? `keywords: ${keywords}` : 'every item');
      const filter = keywords ? ` matching _${escapeMrkdwn(keywords)}_` : '';
      await reply(
        respond,
        `Following *${escapeMrkdwn(feed.title)}* (${parsed.items.length} items now). New items${filter} are added every ${deps.intervalMinutes} min; reading the current ones now…`,
      );
      try {
        await reply(respond, describePoll(feed.title, await deps.pollFeed(feed, parsed)));
      } catch (error) {
        deps.logger.error(`first poll of ${url} failed: ${errorMessage(error)}`);
      }
    },
  };

  const list: Subcommand = {
    name: 'feed list',
    usage: 'feed list',
    description: 'Show the feeds I follow.',
    async run({ respond }) {
      const feeds = await deps.store.list();
      if (feeds.length === 0)
        return void (await reply(
          respond,
          'No feeds yet. Add one with `/minerals feed add <url> [keywords]`.',
        ));
      const lines = feeds.map((f) => {
        const filter = f.keywords ? ` — keywords: _${escapeMrkdwn(f.keywords)}_` : '';
        const state = f.lastError
          ? ` — :warning: ${escapeMrkdwn(f.lastError)}`
          : f.lastPolledAt
            ? ` — checked ${f.lastPolledAt.slice(0, 16).replace('T', ' ')} UTC`
            : ' — not checked yet';
        return `• *${escapeMrkdwn(f.title)}* \`${escapeMrkdwn(f.url)}\`${filter}${state}`;
      });
      const header = `Feeds (checked every ${deps.intervalMinutes} min):`;
      // Many feeds, or long error notes, outgrow one section: pack them into several.
      const blocks = fitBlocks([...renderNotice(header).blocks, ...packLines(lines)]);
      await respond({ response_type: 'ephemeral', text: `${header}\n${lines.join('\n')}`, blocks });
    },
  };

  const remove: Subcommand = {
    name: 'feed remove',
    usage: 'feed remove <url>',
    description: 'Stop following a feed (articles already added stay) (editors).',
    editorsOnly: { action: 'feed.remove', doing: 'remove feeds' },
    async run({ args, respond, userId }) {
      const url = feedUrl(args.trim());
      if (!url)
        return void (await reply(
          respond,
          'Give me the feed link to remove; `/minerals feed list` shows them.',
        ));
      const removed = await deps.store.remove(url);
      await recordAudit(deps.audit, deps.logger, {
        userId,
        action: 'feed.remove',
        target: url,
        outcome: removed ? 'ok' : 'refused',
        ...(removed ? {} : { detail: 'was not followed' }),
      });
      await reply(
        respond,
        removed
          ? `Stopped following \`${escapeMrkdwn(url)}\`.`
          : `I am not following \`${escapeMrkdwn(url)}\`; \`/minerals feed list\` shows the feeds.`,
      );
    },
  };

  return [add, list, remove];
}
