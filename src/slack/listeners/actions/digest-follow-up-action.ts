import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { replyToQuestion } from '../../reply-to-question.js';
import type { ListenerDeps } from '../../listener-deps.js';

/**
 * A story's follow-up button: asks the question it carries and answers in the digest's thread,
 * the same way a mention is answered.
 */
export function createDigestFollowUpAction(
  deps: Pick<ListenerDeps, 'engine' | 'logger' | 'command' | 'examples' | 'subcommands' | 'threads'>,
) {
  return async function digestFollowUp({
    ack,
    action,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> {
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
