import type { Logger } from '@slack/bolt';
import type { AuditStore } from '../../storage/audit-store.js';
import { recordAudit } from '../record-audit.js';
import { escapeMrkdwn } from '../render/escape-mrkdwn.js';
import { renderNotice } from '../render/render-notice.js';
import { unwrapSlackLink } from './add-command.js';
import type { Subcommand } from './subcommand.js';

export interface RemoveCommandDeps {
  /** Removes an article by file name or URL; null when none matches. */
  removeArticle: (reference: string) => Promise<{ file: string; title: string } | null>;
  audit?: AuditStore;
  logger: Logger;
}

/**
 * `/minerals remove <article>` (editors): takes an article, named by its file or its URL, out of the corpus.
 */
export function createRemoveCommand(deps: RemoveCommandDeps): Subcommand {
  return {
    name: 'remove',
    usage: 'remove <article file or URL>',
    description: 'Remove an article from the corpus; `sources` shows the file names (editors).',
    editorsOnly: { action: 'article.remove', doing: 'remove articles' },
    async run({ args, respond, userId }) {
      const reference = unwrapSlackLink(args).replace(/^`|`$/g, '');
      const say = (text: string) => respond({ response_type: 'ephemeral', ...renderNotice(text) });
      if (!reference)
        return void (await say(
          'Name the article to remove, e.g. `/minerals remove 2026-01-12-kabwe-smelter.txt` (`/minerals sources` lists them).',
        ));
      const removed = await deps.removeArticle(reference);
      await recordAudit(deps.audit, deps.logger, {
        userId,
        action: 'article.remove',
        target: reference.slice(0, 500),
        outcome: removed ? 'ok' : 'refused',
        detail: removed ? `removed ${removed.file}` : 'no such article',
      });
      await say(
        removed
          ? `:wastebasket: Removed *${escapeMrkdwn(removed.title)}* (\`${escapeMrkdwn(removed.file)}\`); it is no longer quoted.`
          : `No article \`${escapeMrkdwn(reference)}\` in the corpus; \`/minerals sources\` lists them. Nothing changed.`,
      );
    },
  };
}
