import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { IngestError } from '../../../corpus/ingest-error.js';
import { describeOutcome } from '../../commands/add-command.js';
import { onlyEditorsCan } from '../../create-editor-check.js';
import { findFirstLink } from '../../find-first-link.js';
import { recordAudit } from '../../record-audit.js';
import { renderNotice } from '../../render/render-notice.js';
import { respondSafely } from '../../respond-safely.js';
import { takeRateLimit } from '../../take-rate-limit.js';
import type { ListenerDeps } from '../../listener-deps.js';

/**
 * Message shortcut "Add link to minerals": fetches the first link in the message into the corpus (editors
 * only).
 */
export function createAddLinkShortcut(deps: ListenerDeps) {
  return async function addLinkShortcut({
    ack,
    shortcut,
    respond,
    client,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> {
    await ack();
    const tell = (mrkdwn: string, detail?: string) =>
      respondSafely(respond, { response_type: 'ephemeral', ...renderNotice(mrkdwn, detail) }, deps.logger);
    if (!deps.ingestUrl) {
      await tell('Adding articles is not enabled in this app.');
      return;
    }
    const userId = shortcut.user.id;
    const url = findFirstLink(shortcut.message.text ?? '');
    const audit = (outcome: 'ok' | 'denied' | 'refused' | 'error', detail?: string) =>
      recordAudit(deps.audit, deps.logger, {
        userId,
        action: 'article.add',
        target: url ?? '(message without a link)',
        outcome,
        ...(detail ? { detail } : {}),
      });
    if (!(await deps.editors.isEditor(userId, client))) {
      await audit('denied');
      await tell(onlyEditorsCan('add articles', deps.editors));
      return;
    }
    if (!url) {
      await tell('That message has no link to add.');
      return;
    }
    const limited = await takeRateLimit(deps, 'add', userId, 'add (message shortcut)');
    if (limited) {
      await tell(limited);
      return;
    }
    await tell(':hourglass_flowing_sand: Fetching', url);
    try {
      const outcome = await deps.ingestUrl(url);
      await audit(
        outcome.status === 'added' ? 'ok' : 'refused',
        outcome.status === 'added' ? `added ${outcome.file}` : `already held as ${outcome.file}`,
      );
      await tell(describeOutcome(outcome));
    } catch (error) {
      if (error instanceof IngestError) {
        await audit('refused', error.message);
        await tell(':warning: Not added:', `${error.message}.`);
        return;
      }
      await audit('error', 'unexpected failure (see the log)');
      deps.logger.error(`add link ${url} failed`, error);
      await tell(':warning: Something went wrong adding that page; nothing was stored.');
    }
  };
}
