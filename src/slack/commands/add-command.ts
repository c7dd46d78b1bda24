import type { Logger } from '@slack/bolt';
import type { AddOutcome } from '../../corpus/add-article.js';
import { IngestError } from '../../corpus/ingest-error.js';
import type { AuditStore } from '../../storage/audit-store.js';
import { recordAudit } from '../record-audit.js';
import { escapeMrkdwn } from '../render/escape-mrkdwn.js';
import { renderNotice } from '../render/render-notice.js';
import type { Subcommand } from './subcommand.js';

/**
 * Slack sends links as `<https://x|label>` or `<https://x>` when it formats them; users may paste them bare.
 */
export function unwrapSlackLink(text: string): string {
  const trimmed = text.trim();
  const wrapped = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(trimmed);
  return (wrapped?.[1] ?? trimmed).replace(/&amp;/g, '&');
}

/** One line about what an add did; all article text escaped. */
export function describeOutcome(outcome: AddOutcome): string {
  if (outcome.status === 'duplicate') {
    return `Already have it: *${escapeMrkdwn(outcome.title)}* (\`${escapeMrkdwn(outcome.file)}\`)${outcome.reason === 'text' ? ', with near-identical text' : ''}.`;
  }
  const facts = [outcome.source, outcome.date].filter((x): x is string => Boolean(x)).map(escapeMrkdwn);
  facts.push(`${outcome.passageCount} passage${outcome.passageCount === 1 ? '' : 's'}`);
  return `:white_check_mark: Added *${escapeMrkdwn(outcome.title)}* (${facts.join(' · ')}) as \`${escapeMrkdwn(outcome.file)}\`.`;
}

/** `/minerals add <url>`: fetches the page, stores its article in seeds/ and indexes it. */
export function createAddCommand(deps: {
  ingestUrl: (url: string, options?: { addedBy?: string }) => Promise<AddOutcome>;
  logger: Logger;
  audit?: AuditStore;
}): Subcommand {
  return {
    name: 'add',
    usage: 'add <url>',
    description: 'Add a news article from a web page to the corpus (editors).',
    editorsOnly: { action: 'article.add', doing: 'add articles' },
    rateLimit: 'add',
    async run({ args, respond, userId }) {
      const audit = (outcome: 'ok' | 'refused' | 'error', detail: string) =>
        recordAudit(deps.audit, deps.logger, {
          userId,
          action: 'article.add',
          target: args.slice(0, 500),
          outcome,
          detail,
        });
      const url = unwrapSlackLink(args);
      if (!url || /\s/.test(url)) {
        await respond({
          response_type: 'ephemeral',
          ...renderNotice('Give me one link to add, e.g. `/minerals add https://example.com/story`.'),
        });
        return;
      }
      await respond({
        response_type: 'ephemeral',
        ...renderNotice(':hourglass_flowing_sand: Fetching', url),
      });
      try {
        const outcome = await deps.ingestUrl(url, { addedBy: userId });
        await audit(
          outcome.status === 'added' ? 'ok' : 'refused',
          outcome.status === 'added' ? `added ${outcome.file}` : `already held as ${outcome.file}`,
        );
        await respond({ response_type: 'ephemeral', ...renderNotice(describeOutcome(outcome)) });
      } catch (error) {
        if (!(error instanceof IngestError)) {
          deps.logger.error(`add ${url} failed: ${(error as Error).stack ?? String(error)}`);
          await audit('error', 'unexpected failure (see the log)');
          await respond({
            response_type: 'ephemeral',
            ...renderNotice(':warning: Something went wrong adding that page; nothing was stored.'),
          });
          return;
        }
        await audit('refused', error.message);
        await respond({
          response_type: 'ephemeral',
          ...renderNotice(':warning: Not added:', `${error.message}.`),
        });
      }
    },
  };
}
