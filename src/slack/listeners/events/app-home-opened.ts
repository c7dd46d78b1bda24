import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeSlackError } from '../../describe-slack-error.js';
import { renderHome } from '../../render/render-home.js';
import type { ListenerDeps } from '../../listener-deps.js';

/**
 * Publishes App Home (article count, newest article, last digest, examples; the digest settings for editors)
 * whenever the Home tab opens.
 */
export function createAppHomeOpened(deps: ListenerDeps) {
  return async function appHomeOpened({
    event,
    client,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> {
    if (event.tab !== 'home') return;
    let lastDigest = null;
    try {
      lastDigest = await deps.lastDigest();
    } catch (error) {
      deps.logger.warn('could not read the last digest for App Home', error);
    }
    let digestSettings;
    try {
      if (deps.digestSettings && (await deps.editors.isEditor(event.user, client)))
        digestSettings = await deps.digestSettings.store.get();
    } catch (error) {
      deps.logger.warn('could not read the digest settings for App Home', error);
    }
    const view = renderHome({
      articles: deps.engine.articles(),
      lastDigest,
      examples: deps.examples,
      command: deps.command,
      ...(digestSettings ? { digestSettings } : {}),
    });
    try {
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      deps.logger.warn(`views.publish for ${event.user} failed: ${describeSlackError(error).code}`);
    }
  };
}
