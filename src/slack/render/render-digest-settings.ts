import type { ModalView } from '@slack/types';
import type { DigestSchedule, DigestSubscription } from '../../storage/digest-settings-store.js';
import { CALLBACK_IDS } from '../callback-ids.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderModal } from './render-modal.js';

/** block_id / action_id of the settings modal's fields. */
export const DIGEST_SETTINGS_INPUTS = {
  time: { block: 'minerals_digest_time', action: 'minerals_digest_time_input' },
  timeZone: { block: 'minerals_digest_tz', action: 'minerals_digest_tz_input' },
} as const;

/** The minute, hour and day fields of a five-field cron, or of a six-field one (seconds first). */
function minuteFields(cron: string): string[] {
  const fields = cron.trim().split(/\s+/);
  return fields.length === 6 ? fields.slice(1) : fields;
}

/**
 * "HH:MM" when the cron fires once a day at a fixed minute and hour ("30 9 * * 1-5" → "09:30"), else null.
 */
export function timeOfCron(cron: string): string | null {
  const [minute, hour] = minuteFields(cron);
  if (!/^\d{1,2}$/.test(minute ?? '') || !/^\d{1,2}$/.test(hour ?? '')) return null;
  if (Number(minute) > 59 || Number(hour) > 23) return null;
  return `${hour!.padStart(2, '0')}:${minute!.padStart(2, '0')}`;
}

/** The five-field cron with its minute and hour set to `time` ("HH:MM"); the day fields are kept. */
export function cronAt(cron: string, time: string): string {
  const [hour, minute] = time.split(':').map(Number);
  const days = minuteFields(cron).slice(2);
  return [String(minute), String(hour), ...(days.length === 3 ? days : ['*', '*', '*'])].join(' ');
}

/** What a channel gets: "stories about _lithium_ or _cobalt_", or "every story" without keywords. */
export function describeKeywords(keywords: readonly string[]): string {
  return keywords.length > 0
    ? `stories about ${keywords.map((k) => `_${escapeMrkdwn(k)}_`).join(' or ')}`
    : 'every story';
}

/** Channels that get the digest, one line each, with their keywords. */
export function describeSubscriptions(subscriptions: readonly DigestSubscription[]): string {
  if (subscriptions.length === 0)
    return 'No channel gets the digest yet: run `/minerals digest here` in one.';
  return subscriptions.map((s) => `• <#${s.channel}>: ${describeKeywords(s.keywords)}`).join('\n');
}

/** The modal that sets when the digest runs (time of day and IANA time zone). */
export function renderDigestSettingsModal(
  schedule: DigestSchedule,
  subscriptions: readonly DigestSubscription[],
): ModalView {
  const time = timeOfCron(schedule.cron) ?? '08:00';
  return renderModal({
    callbackId: CALLBACK_IDS.digestSettingsModal,
    title: 'Digest settings',
    submit: 'Save',
    close: 'Cancel',
    blocks: [
      {
        type: 'input',
        block_id: DIGEST_SETTINGS_INPUTS.time.block,
        label: { type: 'plain_text', text: 'Time of day' },
        element: { type: 'timepicker', action_id: DIGEST_SETTINGS_INPUTS.time.action, initial_time: time },
      },
      {
        type: 'input',
        block_id: DIGEST_SETTINGS_INPUTS.timeZone.block,
        label: { type: 'plain_text', text: 'Time zone' },
        hint: {
          type: 'plain_text',
          text: 'An IANA time zone, e.g. UTC, Europe/London, Asia/Kolkata, America/New_York.',
        },
        element: {
          type: 'plain_text_input',
          action_id: DIGEST_SETTINGS_INPUTS.timeZone.action,
          initial_value: schedule.timeZone,
          max_length: 64,
        },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `*Channels*\n${describeSubscriptions(subscriptions)}` },
      },
    ],
  });
}
