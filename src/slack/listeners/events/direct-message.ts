import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { replyToQuestion } from '../../reply-to-question.js';
import { stripBotMention } from '../../strip-mentions.js';
import type { ListenerDeps } from '../../listener-deps.js';

/** A direct message to the app: answered in a thread. Edits, joins and bot messages are ignored. */
export function createDirectMessage(deps: ListenerDeps) {
  return async function directMessage({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> {
    if (event.channel_type !== 'im') return;
    if (event.subtype !== undefined) return;
    if ('bot_id' in event && event.bot_id) return;
    const question = stripBotMention(event.text ?? '', context.botUserId);
    const target = { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
    await replyToQuestion(deps, client, target, question, event.user);
  };
}
