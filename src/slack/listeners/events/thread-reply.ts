import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { findThread, replyToQuestion } from '../../reply-to-question.js';
import { tellUser } from '../../tell-user.js';
import type { ListenerDeps } from '../../listener-deps.js';

const CHANNEL_TYPES = new Set(['channel', 'group']);
/**
 * A reply that asks something: a question mark, or a question or request word first ("who…", "and when…",
 * "list…").
 */
const ASKS =
  /\?|^\s*(?:and|so|but|also|then|ok(?:ay)?)?[\s,]*(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|did|does|do|has|have|can|could|will|would|list|name|tell|show|give|explain)\b/i;

const cannotCheckThread = (mention: string) =>
  `:warning: I could not check whether I answered in this thread (my storage is not answering right now), so I did not answer. Mention ${mention} to ask here.`;

/**
 * A question, without a mention, in a channel thread the bot has answered in (a mention's thread or a
 * digest's): answered in that thread. Messages from the bot itself or any other bot, edits and
 * joins, threads the bot never answered in and replies that mention the bot (app_mention answers
 * those) are ignored. When the thread store cannot be read, the asker alone is told so; nothing is thrown.
 */
export function createThreadReply(deps: ListenerDeps) {
  return async function threadReply({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> {
    if (event.subtype !== undefined || !CHANNEL_TYPES.has(event.channel_type)) return;
    if ('bot_id' in event && event.bot_id) return;
    if (!event.thread_ts || event.thread_ts === event.ts) return;
    if (!event.user || event.user === context.botUserId) return;
    const text = event.text ?? '';
    if (context.botUserId && text.includes(`<@${context.botUserId}`)) return;
    // People also talk to each other in the thread ("thanks!", "agreed"): only questions are answered.
    if (!ASKS.test(text)) return;
    const found = await findThread(deps, event.channel, event.thread_ts);
    if (!found.ok) {
      // Whether this thread is the bot's is unknown: no public answer, only the asker learns why.
      const mention = context.botUserId ? `<@${context.botUserId}>` : 'me';
      await tellUser(client, event.channel, event.user, cannotCheckThread(mention), deps.logger);
      return;
    }
    if (!found.thread) return;
    await replyToQuestion(
      deps,
      client,
      { channel: event.channel, threadTs: event.thread_ts },
      text.trim(),
      event.user,
      found.thread,
    );
  };
}
