import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { askEngine } from '../../ask-engine.js';
import { renderMoreSources } from '../../render/render-answer.js';
import { renderNotice } from '../../render/render-notice.js';
import { respondSafely } from '../../respond-safely.js';
import type { ListenerDeps } from '../../listener-deps.js';

/** "More sources": re-asks the question and shows, privately, the passages beyond those cited. */
export function createMoreSourcesAction(deps: ListenerDeps) {
  return async function moreSourcesAction({
    ack,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> {
    await ack();
    // After a restart a click or shortcut may arrive while the corpus loads: answer once it has.
    await deps.ready?.();
    const outcome = askEngine(deps.engine, action.value ?? '', deps.logger);
    const message = outcome.ok
      ? renderMoreSources(outcome.answer)
      : renderNotice(':warning:', outcome.message);
    await respondSafely(
      respond,
      { response_type: 'ephemeral', replace_original: false, ...message },
      deps.logger,
    );
  };
}
