import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { askEngine } from '../../ask-engine.js';
import { postReply } from '../../post-reply.js';
import { renderAnswer } from '../../render/render-answer.js';
import { renderNotice } from '../../render/render-notice.js';
import { respondSafely } from '../../respond-safely.js';
import type { ListenerDeps } from '../../listener-deps.js';

const CANNOT_POST_HERE = new Set(['not_in_channel', 'channel_not_found']);

/**
 * "Share in channel": posts the same answer publicly, then removes the private copy. Where the
 * bot is not a member it falls back to the response_url (which may post in any conversation the
 * command was used in); if that fails too, the user is told why.
 */
export function createShareAction(deps: ListenerDeps) {
  return async function shareAction({
    ack,
    action,
    body,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> {
    await ack();
    // After a restart a click or shortcut may arrive while the corpus loads: answer once it has.
    await deps.ready?.();
    const outcome = askEngine(deps.engine, action.value ?? '', deps.logger);
    if (!outcome.ok) {
      await respondSafely(
        respond,
        {
          response_type: 'ephemeral',
          replace_original: false,
          ...renderNotice(':warning:', outcome.message),
        },
        deps.logger,
      );
      return;
    }
    const message = renderAnswer(outcome.answer, { sharedBy: body.user.id, votable: true });
    const channel = body.channel?.id ?? body.container?.channel_id;
    let shared = false;
    let failureMessage = "I couldn't tell which channel to share this in.";
    if (typeof channel === 'string') {
      const posted = await postReply(client, { channel }, message, deps.logger);
      shared = posted.ok;
      if (!posted.ok) {
        failureMessage = posted.failure.userMessage;
        if (CANNOT_POST_HERE.has(posted.failure.code)) {
          shared = await respondSafely(
            respond,
            { response_type: 'in_channel', replace_original: false, ...message },
            deps.logger,
          );
        }
      }
    }
    if (shared) await respondSafely(respond, { delete_original: true }, deps.logger);
    else
      await respondSafely(
        respond,
        {
          response_type: 'ephemeral',
          replace_original: false,
          ...renderNotice(`:warning: ${failureMessage}`),
        },
        deps.logger,
      );
  };
}
