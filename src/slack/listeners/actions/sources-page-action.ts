import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderSources } from '../../render/render-sources.js';
import { respondSafely } from '../../respond-safely.js';
import type { ListenerDeps } from '../../listener-deps.js';

/** "Previous" / "Next" under `/minerals sources`: replaces the list with the page the button names. */
export function createSourcesPageAction(deps: ListenerDeps) {
  return async function sourcesPageAction({
    ack,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> {
    await ack();
    const page = Number.parseInt(action.value ?? '1', 10);
    await respondSafely(
      respond,
      { response_type: 'ephemeral', replace_original: true, ...renderSources(deps.engine.articles(), page) },
      deps.logger,
    );
  };
}
