import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { askEngine } from '../../ask-engine.js';
import { renderAnswer } from '../../render/render-answer.js';
import { renderNotice } from '../../render/render-notice.js';
import { respondSafely } from '../../respond-safely.js';
import { stripBotMention } from '../../strip-mentions.js';
import { takeRateLimit } from '../../take-rate-limit.js';
import type { ListenerDeps } from '../../listener-deps.js';

/**
 * Message shortcut "Ask minerals about this": the message's text is the question; the answer is private, with
 * Share. It counts against the asker's question limit, as `/minerals ask` does.
 */
export function createAskMessageShortcut(deps: ListenerDeps) {
  return async function askMessageShortcut({
    ack,
    shortcut,
    respond,
    context,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> {
    await ack();
    // After a restart a click or shortcut may arrive while the corpus loads: answer once it has.
    await deps.ready?.();
    const question = stripBotMention(shortcut.message.text ?? '', context.botUserId);
    if (question === '') {
      await respondSafely(
        respond,
        { response_type: 'ephemeral', ...renderNotice('That message has no text to ask about.') },
        deps.logger,
      );
      return;
    }
    const limited = await takeRateLimit(deps, 'ask', shortcut.user.id, 'ask (message shortcut)');
    if (limited) {
      await respondSafely(respond, { response_type: 'ephemeral', ...renderNotice(limited) }, deps.logger);
      return;
    }
    const outcome = askEngine(deps.engine, question, deps.logger);
    const message = outcome.ok
      ? renderAnswer(outcome.answer, { askedBy: shortcut.user.id, shareable: true, votable: true })
      : renderNotice(':warning:', outcome.message);
    await respondSafely(respond, { response_type: 'ephemeral', ...message }, deps.logger);
  };
}
