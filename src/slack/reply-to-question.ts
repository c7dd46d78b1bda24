import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { askEngine } from './ask-engine.js';
import { describeSlackError } from './describe-slack-error.js';
import { postReply, type ReplyTarget } from './post-reply.js';
import { renderAnswer } from './render/render-answer.js';
import { renderHelp } from './render/render-help.js';
import { renderNotice } from './render/render-notice.js';
import type { ListenerDeps } from './listeners/listener-deps.js';

/**
 * Answers a mention or direct message in its thread. When Slack refuses the reply, the asker
 * is told why privately (ephemeral, else a DM) where that is still possible; failures are logged, never thrown.
 */
export async function replyToQuestion(
  deps: Pick<ListenerDeps, 'engine' | 'logger' | 'command' | 'examples' | 'subcommands'> & Partial<Pick<ListenerDeps, 'ready'>>,
  client: WebClient,
  target: ReplyTarget,
  question: string,
  userId: string | undefined,
): Promise<void> {
  let message;
  // A question asked while the corpus loads is answered once it has loaded.
  await deps.ready?.();
  if (question === '') {
    message = renderHelp(deps.command, deps.subcommands, deps.examples);
  } else {
    const outcome = askEngine(deps.engine, question, deps.logger);
    message = outcome.ok
      ? renderAnswer(outcome.answer, { ...(userId ? { askedBy: userId } : {}), votable: true })
      : renderNotice(':warning:', outcome.message);
  }
  const posted = await postReply(client, target, message, deps.logger);
  if (posted.ok || !userId) return;
  await tellUser(client, target.channel, userId, posted.failure.userMessage, deps.logger);
}

async function tellUser(client: WebClient, channel: string, userId: string, text: string, logger: Logger): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel, user: userId, text });
    return;
  } catch {
    logger.debug('ephemeral notice failed; trying a direct message');
  }
  try {
    await client.chat.postMessage({ channel: userId, text });
  } catch (error) {
    logger.warn(`could not tell ${userId} why the reply failed: ${describeSlackError(error).code}`);
  }
}
