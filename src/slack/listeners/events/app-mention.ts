import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { replyToQuestion } from '../../reply-to-question.js';
import { stripBotMention } from '../../strip-mentions.js';
import type { ListenerDeps } from '../../listener-deps.js';

/** `@minerals who attended?` in a channel: answered in the message's thread. */
export function createAppMention(deps: ListenerDeps) {
  return async function appMention({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> {
    const question = stripBotMention(event.text, context.botUserId);
    const target = { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
    await replyToQuestion(deps, client, target, question, event.user);
  };
}
