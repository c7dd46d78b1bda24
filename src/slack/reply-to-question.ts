import type { WebClient } from '@slack/web-api';
import { readFollowUp } from '../engine/index.js';
import { askEngine } from './ask-engine.js';
import { postReply, type ReplyTarget } from './post-reply.js';
import { renderAnswer } from './render/render-answer.js';
import { renderHelp } from './render/render-help.js';
import { renderNotice } from './render/render-notice.js';
import { takeRateLimit } from './take-rate-limit.js';
import { tellUser } from './tell-user.js';
import type { AnsweredThread } from '../storage/thread-store.js';
import type { ListenerDeps } from './listener-deps.js';
import { errorMessage } from '../error-message.js';

/**
 * Answers a mention, direct message or thread reply in its thread. A short follow-up ("and when was
 * it?") is read with the question answered before in that thread, and the thread is remembered as
 * answered so later replies there need no mention. When Slack refuses the reply, the asker
 * is told why privately (ephemeral, else a DM) where that is still possible; failures are logged, never
 * thrown.
 */
export async function replyToQuestion(
  deps: Pick<ListenerDeps, 'engine' | 'logger' | 'command' | 'examples' | 'subcommands' | 'threads'> &
    Partial<Pick<ListenerDeps, 'ready' | 'rateLimits'>>,
  client: WebClient,
  target: ReplyTarget,
  question: string,
  userId: string | undefined,
  /** The thread as the caller already read it, so it is not read again. */
  known?: AnsweredThread,
): Promise<void> {
  let message;
  if (userId) {
    const limited = await takeRateLimit(deps, 'ask', userId, 'ask (mention or message)');
    if (limited) {
      await tellUser(client, target.channel, userId, limited, deps.logger);
      return;
    }
  }
  // A question asked while the corpus loads is answered once it has loaded.
  await deps.ready?.();
  const found =
    !known && target.threadTs ? await findThread(deps, target.channel, target.threadTs) : undefined;
  const earlier = known ?? (found?.ok ? found.thread : undefined);
  const asked = readFollowUp(question, earlier?.question ?? null);
  if (asked === '') {
    message = renderHelp(deps.command, deps.subcommands, deps.examples);
  } else {
    const outcome = askEngine(deps.engine, asked, deps.logger);
    message = outcome.ok
      ? renderAnswer(outcome.answer, { ...(userId ? { askedBy: userId } : {}), votable: true })
      : renderNotice(':warning:', outcome.message);
  }
  const posted = await postReply(client, target, message, deps.logger);
  if (posted.ok && target.threadTs) {
    await rememberThread(deps, {
      channel: target.channel,
      threadTs: target.threadTs,
      question: asked === '' ? (earlier?.question ?? null) : asked,
      at: new Date().toISOString(),
    });
  }
  if (posted.ok || !userId) return;
  await tellUser(client, target.channel, userId, posted.failure.userMessage, deps.logger);
}

/**
 * The thread as the bot answered in it (`thread` undefined when it never did), or `ok: false` when the thread
 * store cannot be read: that failure is logged, never thrown.
 */
export async function findThread(
  deps: Pick<ListenerDeps, 'threads' | 'logger'>,
  channel: string,
  threadTs: string,
): Promise<{ ok: true; thread: AnsweredThread | undefined } | { ok: false }> {
  try {
    return { ok: true, thread: await deps.threads.find(channel, threadTs) };
  } catch (error) {
    deps.logger.warn(`could not read answered threads: ${errorMessage(error)}`);
    return { ok: false };
  }
}

async function rememberThread(
  deps: Pick<ListenerDeps, 'threads' | 'logger'>,
  thread: AnsweredThread,
): Promise<void> {
  try {
    await deps.threads.record(thread);
  } catch (error) {
    deps.logger.warn(`could not remember thread ${thread.threadTs}: ${errorMessage(error)}`);
  }
}
