import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../action-ids.js';
import { createMoreSourcesAction } from './actions/more-sources-action.js';
import { createShareAction } from './actions/share-action.js';
import { createVoteAction } from './actions/vote-action.js';
import { createMineralsCommand } from './commands/minerals-command.js';
import { createAppHomeOpened } from './events/app-home-opened.js';
import { createAppMention } from './events/app-mention.js';
import { createDirectMessage } from './events/direct-message.js';
import { createThreadReply } from './events/thread-reply.js';
import type { ListenerDeps } from './listener-deps.js';
import { createSkipDuplicateEvents } from './middleware/skip-duplicate-events.js';

/** Registers every middleware and listener, grouped by Slack surface. The one place that wires listeners to the app. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(createSkipDuplicateEvents());

  app.command(deps.command, createMineralsCommand(deps));

  app.event('app_mention', createAppMention(deps));
  app.event('message', createDirectMessage(deps));
  app.event('message', createThreadReply(deps));
  app.event('app_home_opened', createAppHomeOpened(deps));

  const vote = createVoteAction(deps);
  app.action<BlockButtonAction>(ACTION_IDS.voteHelpful, vote);
  app.action<BlockButtonAction>(ACTION_IDS.voteNotHelpful, vote);
  app.action<BlockButtonAction>(ACTION_IDS.share, createShareAction(deps));
  app.action<BlockButtonAction>(ACTION_IDS.moreSources, createMoreSourcesAction(deps));
}
