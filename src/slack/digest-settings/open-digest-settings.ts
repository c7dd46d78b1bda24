import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describeSlackError } from '../describe-slack-error.js';
import { renderDigestSettingsModal } from '../render/render-digest-settings.js';
import type { DigestSettingsControl } from './digest-settings-control.js';

/** Opens the digest settings modal; false (logged) when Slack refused, e.g. an expired trigger. */
export async function openDigestSettings(
  client: WebClient,
  triggerId: string,
  control: DigestSettingsControl,
  logger: Logger,
): Promise<boolean> {
  const settings = await control.store.get();
  try {
    await client.views.open({
      trigger_id: triggerId,
      view: renderDigestSettingsModal(settings.schedule, settings.subscriptions),
    });
    return true;
  } catch (error) {
    logger.warn(`views.open for digest settings failed: ${describeSlackError(error).code}`);
    return false;
  }
}
