import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { cronProblem, timeZoneProblem } from '../../../config.js';
import { errorMessage } from '../../../error-message.js';
import { onlyEditorsCan } from '../../create-editor-check.js';
import { recordAudit } from '../../record-audit.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { cronAt, DIGEST_SETTINGS_INPUTS } from '../../render/render-digest-settings.js';

/**
 * The digest settings modal was saved: checks the editor and the time zone, stores the schedule, and the next
 * run follows it. When the settings cannot be read or stored, the modal stays open with the reason.
 */
export function createDigestSettingsSubmission(deps: ListenerDeps) {
  return async function digestSettingsSubmission({
    ack,
    view,
    body,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> {
    const control = deps.digestSettings;
    // Slack shows the message under the field and keeps the modal open.
    const refuse = (block: string, message: string) =>
      ack({ response_action: 'errors', errors: { [block]: message } });
    const values = view.state.values;
    const time =
      values[DIGEST_SETTINGS_INPUTS.time.block]?.[DIGEST_SETTINGS_INPUTS.time.action]?.selected_time ?? '';
    const timeZone = (
      values[DIGEST_SETTINGS_INPUTS.timeZone.block]?.[DIGEST_SETTINGS_INPUTS.timeZone.action]?.value ?? ''
    ).trim();
    if (!control) {
      await refuse(DIGEST_SETTINGS_INPUTS.time.block, 'This app runs no digest.');
      return;
    }
    if (!(await deps.editors.isEditor(body.user.id, client))) {
      await recordAudit(deps.audit, deps.logger, {
        userId: body.user.id,
        action: 'digest.schedule',
        target: `${time} ${timeZone}`,
        outcome: 'denied',
      });
      await refuse(
        DIGEST_SETTINGS_INPUTS.time.block,
        onlyEditorsCan('change the digest settings', deps.editors)
          .replace(/^:lock: /, '')
          .slice(0, 150),
      );
      return;
    }
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      await refuse(DIGEST_SETTINGS_INPUTS.time.block, 'Pick a time of day.');
      return;
    }
    const zoneProblem = timeZoneProblem(timeZone);
    if (timeZone === '' || zoneProblem) {
      await refuse(
        DIGEST_SETTINGS_INPUTS.timeZone.block,
        'Use an IANA time zone like UTC, Europe/London or Asia/Kolkata.',
      );
      return;
    }
    const storageDown = async (error: unknown) => {
      deps.logger.error(`digest settings could not be saved: ${errorMessage(error)}`);
      await refuse(
        DIGEST_SETTINGS_INPUTS.time.block,
        'Could not save the schedule just now (storage is not answering); nothing was changed. Try again shortly.',
      );
    };
    let cron;
    try {
      cron = cronAt((await control.store.get()).schedule.cron, time);
    } catch (error) {
      await storageDown(error);
      return;
    }
    // Outside the store's try: a failed refusal must not be logged as a storage failure and refused twice.
    if (cronProblem(cron)) {
      await refuse(DIGEST_SETTINGS_INPUTS.time.block, 'That time cannot be scheduled.');
      return;
    }
    try {
      await control.store.setSchedule({ cron, timeZone });
    } catch (error) {
      await storageDown(error);
      return;
    }
    await ack();
    await recordAudit(deps.audit, deps.logger, {
      userId: body.user.id,
      action: 'digest.schedule',
      target: `${cron} (${timeZone})`,
      outcome: 'ok',
    });
    deps.logger.info(`digest: ${body.user.id} set the schedule to ${cron} (${timeZone})`);
    try {
      await control.scheduleChanged();
    } catch (error) {
      deps.logger.error('digest: could not apply the new schedule', error);
    }
  };
}
