import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { askEngine } from '../../ask-engine.js';
import { renderAnswer } from '../../render/render-answer.js';
import { ASK_MODAL_INPUT, renderAnswerModal } from '../../render/render-ask-modal.js';
import type { ListenerDeps } from '../../listener-deps.js';

/** The question modal was submitted: the answer replaces the modal's content (response_action: update). */
export function createAskModalSubmission(deps: ListenerDeps) {
  return async function askModalSubmission({ ack, view, body }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> {
    const question = (view.state.values[ASK_MODAL_INPUT.block]?.[ASK_MODAL_INPUT.action]?.value ?? '').trim();
    const outcome = askEngine(deps.engine, question, deps.logger);
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: { [ASK_MODAL_INPUT.block]: outcome.message.slice(0, 150) } });
      return;
    }
    const message = renderAnswer(outcome.answer, { askedBy: body.user.id, votable: false });
    await ack({ response_action: 'update', view: renderAnswerModal(message, question) });
  };
}
