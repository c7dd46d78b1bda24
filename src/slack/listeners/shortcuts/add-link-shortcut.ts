import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { IngestError } from '../../../corpus/ingest-error.js';
import { describeOutcome } from '../../commands/add-command.js';
import { onlyEditorsCan } from '../../create-editor-check.js';
import { findFirstLink } from '../../find-first-link.js';
import { renderNotice } from '../../render/render-notice.js';
import { respondSafely } from '../../respond-safely.js';
import type { ListenerDeps } from '../../listener-deps.js';

/** Message shortcut "Add link to minerals": fetches the first link in the message into the corpus (editors only). */
export function createAddLinkShortcut(deps: ListenerDeps) {
  return async function addLinkShortcut({ ack, shortcut, respond, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> {
    await ack();
    const tell = (mrkdwn: string, detail?: string) => respondSafely(respond, { response_type: 'ephemeral', ...renderNotice(mrkdwn, detail) }, deps.logger);
    if (!deps.ingestUrl) {
      await tell('Adding articles is not enabled in this app.');
      return;
    }
    if (!(await deps.editors.isEditor(shortcut.user.id, client))) {
      await tell(onlyEditorsCan('add articles', deps.editors));
      return;
    }
    const url = findFirstLink(shortcut.message.text ?? '');
    if (!url) {
      await tell('That message has no link to add.');
      return;
    }
    await tell(':hourglass_flowing_sand: Fetching', url);
    try {
      await tell(describeOutcome(await deps.ingestUrl(url)));
    } catch (error) {
      if (error instanceof IngestError) {
        await tell(':warning: Not added:', `${error.message}.`);
        return;
      }
      deps.logger.error(`add link ${url} failed`, error);
      await tell(':warning: Something went wrong adding that page; nothing was stored.');
    }
  };
}
