import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { askEngine } from '../../ask-engine.js';
import { renderAnswer } from '../../render/render-answer.js';
import { ASK_MODAL_INPUT, renderAnswerModal } from '../../render/render-ask-modal.js';
import { TimeoutError, withTimeout } from '../../../with-timeout.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { takeRateLimit } from '../../take-rate-limit.js';

/**
 * A view submission must be acked within 3 s: this long at most is spent waiting for a corpus still loading.
 */
const LOAD_WAIT_MS = 2000;

/** The question modal was submitted: the answer replaces the modal's content (response_action: update). */
export function createAskModalSubmission(deps: ListenerDeps) {
  return async function askModalSubmission({
    ack,
    view,
    body,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> {
    const question = (view.state.values[ASK_MODAL_INPUT.block]?.[ASK_MODAL_INPUT.action]?.value ?? '').trim();
    if (deps.ready && !(await loadedWithin(deps.ready(), LOAD_WAIT_MS))) {
      await ack({
        response_action: 'errors',
        errors: { [ASK_MODAL_INPUT.block]: 'The articles are still loading; submit again in a moment.' },
      });
      return;
    }
    // Within Slack's 3 s: the limiter is in memory.
    const limited = await takeRateLimit(deps, 'ask', body.user.id, 'ask (modal)');
    if (limited) {
      await ack({ response_action: 'errors', errors: { [ASK_MODAL_INPUT.block]: limited.slice(0, 150) } });
      return;
    }
    const outcome = askEngine(deps.engine, question, deps.logger);
    if (!outcome.ok) {
      await ack({
        response_action: 'errors',
        errors: { [ASK_MODAL_INPUT.block]: outcome.message.slice(0, 150) },
      });
      return;
    }
    const message = renderAnswer(outcome.answer, { askedBy: body.user.id, votable: false });
    await ack({ response_action: 'update', view: renderAnswerModal(message, question) });
  };
}

async function loadedWithin(ready: Promise<void>, ms: number): Promise<boolean> {
  try {
    await withTimeout(ready, ms, 'still loading');
    return true;
  } catch (error) {
    if (error instanceof TimeoutError) return false;
    throw error;
  }
}
