import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS } from '../../action-ids.js';
import { askEngine } from '../../ask-engine.js';
import { renderNotice } from '../../render/render-notice.js';
import { respondSafely } from '../../respond-safely.js';
import type { ListenerDeps } from '../../listener-deps.js';

/**
 * Helpful / Not helpful: stores the vote with the question and its answer, then thanks the voter privately.
 */
export function createVoteAction(deps: ListenerDeps) {
  return async function voteAction({
    ack,
    action,
    body,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> {
    await ack();
    // After a restart a click or shortcut may arrive while the corpus loads: answer once it has.
    await deps.ready?.();
    const question = action.value ?? '';
    const helpful = action.action_id === ACTION_IDS.voteHelpful;
    // The button carries only the question; re-asking recovers the answer that was shown.
    const outcome = askEngine(deps.engine, question, deps.logger);
    const answer = outcome.ok ? outcome.answer : null;
    let reply;
    try {
      const { replaced } = await deps.votes.record({
        userId: body.user.id,
        channelId: body.channel?.id ?? null,
        question,
        answer: answer?.answer ?? '',
        citations: answer?.citations.map((c) => c.passageId) ?? [],
        helpful,
        votedAt: new Date().toISOString(),
      });
      const verdict = helpful ? 'helpful :thumbsup:' : 'not helpful :thumbsdown:';
      reply = renderNotice(
        `Thanks, I noted this answer as *${verdict}*${replaced ? ' (your earlier vote was replaced)' : ''}.`,
      );
    } catch (error) {
      deps.logger.error('storing a vote failed', error);
      reply = renderNotice(':warning: Sorry, I could not save your vote. Please try again later.');
    }
    await respondSafely(
      respond,
      { response_type: 'ephemeral', replace_original: false, ...reply },
      deps.logger,
    );
  };
}
