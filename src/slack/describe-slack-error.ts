/** A Web API (or response_url) failure reduced to its Slack error code and a sentence for the user. */
export interface SlackFailure {
  /** Slack's error code (`not_in_channel`, `ratelimited`...) or the SDK's error code. */
  code: string;
  /** What to tell the person who asked; plain mrkdwn written by us. */
  userMessage: string;
}

const MESSAGES: Record<string, string> = {
  not_in_channel:
    "I'm not a member of this channel. Invite me with `/invite @minerals`, or ask me in a direct message.",
  channel_not_found:
    "I can't post in this conversation (it may be private or one I'm not part of). Invite me, or ask me in a direct message.",
  is_archived: 'This channel is archived, so I cannot post in it.',
  ratelimited: 'Slack is rate-limiting me right now. Please try again in a minute.',
  invalid_blocks: 'Slack rejected the formatted answer.',
  msg_too_long: 'The answer was too long for Slack.',
  missing_scope: 'I am missing a permission for that. An admin needs to reinstall the app from its manifest.',
};

/**
 * Reads the error code from @slack/web-api errors (platform, rate-limit, HTTP, request) or anything else
 * thrown.
 */
export function describeSlackError(error: unknown): SlackFailure {
  const e = error as { code?: unknown; data?: { error?: unknown }; original?: { message?: unknown } } | null;
  let code = 'unknown_error';
  if (e && typeof e.data?.error === 'string') code = e.data.error;
  else if (e?.code === 'slack_webapi_rate_limited_error') code = 'ratelimited';
  // After its own Retry-After waits run out, the SDK reports a 429 as a request error.
  else if (e?.code === 'slack_webapi_request_error' && /rate limit/i.test(String(e.original?.message ?? '')))
    code = 'ratelimited';
  else if (e && typeof e.code === 'string') code = e.code;
  else if (error instanceof Error) code = error.name;
  return {
    code,
    userMessage:
      MESSAGES[code] ?? `Slack refused my reply (\`${code.replace(/[^\w.-]/g, '')}\`). Please try again.`,
  };
}
