import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export interface SentRequest {
  status: number;
  body: string;
  /** Milliseconds from sending to the complete response (the ack). */
  ms: number;
}

export interface SignOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replace the computed signature (to test rejection). */
  signature?: string;
  /** Drop these headers entirely. */
  omit?: Array<'signature' | 'timestamp'>;
  headers?: Record<string, string>;
}

/** Slack's v0 request signature: HMAC-SHA256 over `v0:<timestamp>:<raw body>`. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a raw body signed the way Slack signs it. */
export async function sendSigned(
  url: string,
  body: string,
  contentType: string,
  options: SignOptions = {},
): Promise<SentRequest> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    ...options.headers,
  };
  if (!options.omit?.includes('timestamp')) headers['x-slack-request-timestamp'] = String(timestamp);
  if (!options.omit?.includes('signature'))
    headers['x-slack-signature'] =
      options.signature ?? sign(options.secret ?? SIGNING_SECRET, timestamp, body);
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

export interface CommandFields {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  command?: string;
  /** Default: a fresh one, as Slack sends; pass one to replay a command. */
  triggerId?: string;
}

let triggers = 0;
/** Slack gives every command and click its own trigger id (the app de-duplicates replays by it). */
export const nextTriggerId = () => `${Date.now()}.${++triggers}.${Math.random().toString(16).slice(2, 10)}`;

/** A slash command, form-encoded as Slack sends it. */
export function slashCommandBody(f: CommandFields): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: f.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: f.userId ?? 'U0ASKER',
    user_name: 'asker',
    command: f.command ?? '/minerals',
    text: f.text,
    api_app_id: 'A0TEST',
    is_enterprise_install: 'false',
    response_url: f.responseUrl,
    trigger_id: f.triggerId ?? nextTriggerId(),
  }).toString();
}

export function sendSlashCommand(
  url: string,
  fields: CommandFields,
  options?: SignOptions,
): Promise<SentRequest> {
  return sendSigned(url, slashCommandBody(fields), 'application/x-www-form-urlencoded', options);
}

/** An Events API callback, JSON as Slack sends it. */
export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    api_app_id: 'A0TEST',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: 'T0TEST', user_id: 'UBOTMINERALS', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  });
}

export function sendEvent(
  url: string,
  event: Record<string, unknown>,
  eventId: string,
  options?: SignOptions,
): Promise<SentRequest> {
  return sendSigned(url, eventBody(event, eventId), 'application/json', options);
}

export interface ButtonFields {
  actionId: string;
  value: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  ephemeral?: boolean;
}

/** A block_actions payload for a button click: form-encoded `payload=<json>` as Slack sends it. */
export function blockActionsBody(f: ButtonFields): string {
  const payload = {
    type: 'block_actions',
    user: { id: f.userId ?? 'U0ASKER', username: 'asker', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: f.channelId ?? 'C0GENERAL',
      is_ephemeral: f.ephemeral ?? true,
    },
    trigger_id: nextTriggerId(),
    team: { id: 'T0TEST', domain: 'test' },
    channel: { id: f.channelId ?? 'C0GENERAL', name: 'general' },
    response_url: f.responseUrl,
    actions: [
      {
        action_id: f.actionId,
        block_id: 'minerals_answer_actions',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: f.value,
        type: 'button',
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function sendButton(url: string, fields: ButtonFields, options?: SignOptions): Promise<SentRequest> {
  return sendSigned(url, blockActionsBody(fields), 'application/x-www-form-urlencoded', options);
}

/** Any interactivity payload (shortcut, view submission, button) form-encoded as `payload=<json>`, signed. */
export function sendInteraction(
  url: string,
  payload: Record<string, unknown>,
  options?: SignOptions,
): Promise<SentRequest> {
  const body = new URLSearchParams({
    payload: JSON.stringify({
      token: 'legacy-verification-token',
      api_app_id: 'A0TEST',
      team: { id: 'T0TEST', domain: 'test' },
      ...payload,
    }),
  }).toString();
  return sendSigned(url, body, 'application/x-www-form-urlencoded', options);
}

/** A message shortcut (`message_action`) on a message with `text`, answered through `responseUrl`. */
export function messageShortcut(
  callbackId: string,
  text: string,
  responseUrl: string,
  userId = 'U0ASKER',
): Record<string, unknown> {
  return {
    type: 'message_action',
    callback_id: callbackId,
    trigger_id: '123.456.msg',
    action_ts: String(Date.now() / 1000),
    user: { id: userId, username: 'asker', team_id: 'T0TEST', name: 'asker' },
    channel: { id: 'C0GENERAL', name: 'general' },
    message: { type: 'message', user: 'U0POSTER', ts: '1700000000.000500', text },
    message_ts: '1700000000.000500',
    response_url: responseUrl,
  };
}

/** A global shortcut (`shortcut`). */
export function globalShortcut(callbackId: string, userId = 'U0ASKER'): Record<string, unknown> {
  return {
    type: 'shortcut',
    callback_id: callbackId,
    trigger_id: '123.456.global',
    action_ts: String(Date.now() / 1000),
    user: { id: userId, username: 'asker', team_id: 'T0TEST' },
  };
}

/** A modal submitted with `values` (block_id → action_id → value). */
export function viewSubmission(
  callbackId: string,
  values: Record<string, Record<string, Record<string, unknown>>>,
  userId = 'U0ASKER',
  privateMetadata = '',
): Record<string, unknown> {
  return {
    type: 'view_submission',
    trigger_id: '123.456.view',
    user: { id: userId, username: 'asker', team_id: 'T0TEST' },
    view: {
      id: 'V0TEST',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values },
      hash: 'h',
      title: { type: 'plain_text', text: 'x' },
      blocks: [],
    },
  };
}
