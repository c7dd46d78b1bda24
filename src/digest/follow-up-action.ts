import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../slack/listeners/listener-deps.js';
import { replyToQuestion } from '../slack/reply-to-question.js';
import { DIGEST_FOLLOW_UP_ACTION } from './render-digest.js';

/**
 * A story's follow-up button: asks the question it carries and answers in the digest's thread,
 * the same way a mention is answered.
 */
export function createDigestFollowUpAction(deps: Pick<ListenerDeps, 'engine' | 'logger' | 'command' | 'examples' | 'subcommands' | 'threads'>) {
  return async function digestFollowUp({ ack, action, body, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> {
    await ack();
    const channel = body.channel?.id;
    const threadTs = body.message?.thread_ts ?? body.message?.ts;
    if (!channel || !threadTs) {
      deps.logger.warn('digest follow-up clicked outside a channel message; ignored');
      return;
    }
    await replyToQuestion(deps, client, { channel, threadTs }, action.value ?? '', body.user.id);
  };
}

/** For `createApp({ listeners: [registerDigestFollowUp] })`. */
export function registerDigestFollowUp(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(DIGEST_FOLLOW_UP_ACTION, createDigestFollowUpAction(deps));
}
