import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { onlyEditorsCan } from '../../create-editor-check.js';
import { openDigestSettings } from '../../digest-settings/open-digest-settings.js';
import type { ListenerDeps } from '../../listener-deps.js';

/** App Home's "Digest settings" button: opens the settings modal for an editor. */
export function createDigestSettingsAction(deps: ListenerDeps) {
  return async function digestSettingsAction({
    ack,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> {
    await ack();
    if (!deps.digestSettings) return;
    if (!(await deps.editors.isEditor(body.user.id, client))) {
      deps.logger.info(
        `digest settings: ${body.user.id} is not an editor (${onlyEditorsCan('change the digest settings', deps.editors)})`,
      );
      return;
    }
    await openDigestSettings(client, body.trigger_id, deps.digestSettings, deps.logger);
  };
}
