import type { AllMiddlewareArgs, GlobalShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { describeSlackError } from '../../describe-slack-error.js';
import { renderAskModal } from '../../render/render-ask-modal.js';
import type { ListenerDeps } from '../../listener-deps.js';

/**
 * Global shortcut "Ask minerals": opens the question modal (the trigger expires in 3 s, so it opens at once).
 */
export function createAskShortcut(deps: ListenerDeps) {
  return async function askShortcut({
    ack,
    shortcut,
    client,
  }: SlackShortcutMiddlewareArgs<GlobalShortcut> & AllMiddlewareArgs): Promise<void> {
    await ack();
    try {
      await client.views.open({ trigger_id: shortcut.trigger_id, view: renderAskModal() });
    } catch (error) {
      deps.logger.warn(`views.open for the ask modal failed: ${describeSlackError(error).code}`);
    }
  };
}
