import type { App, BlockButtonAction, GlobalShortcut, MessageShortcut, ViewSubmitAction } from '@slack/bolt';
import { CALLBACK_IDS } from '../callback-ids.js';
import { ACTION_IDS } from '../action-ids.js';
import { createDigestFollowUpAction } from './actions/digest-follow-up-action.js';
import { createDigestSettingsAction } from './actions/digest-settings-action.js';
import { createMoreSourcesAction } from './actions/more-sources-action.js';
import { createShareAction } from './actions/share-action.js';
import { createSourcesPageAction } from './actions/sources-page-action.js';
import { createVoteAction } from './actions/vote-action.js';
import { createMineralsCommand } from '../commands/minerals-command.js';
import { createAppHomeOpened } from './events/app-home-opened.js';
import { createAppMention } from './events/app-mention.js';
import { createDirectMessage } from './events/direct-message.js';
import { createThreadReply } from './events/thread-reply.js';
import type { ListenerDeps } from '../listener-deps.js';
import { createSkipDuplicateEvents } from './middleware/skip-duplicate-events.js';
import { createAddLinkShortcut } from './shortcuts/add-link-shortcut.js';
import { createAskMessageShortcut } from './shortcuts/ask-message-shortcut.js';
import { createAskShortcut } from './shortcuts/ask-shortcut.js';
import { createAskModalSubmission } from './views/ask-modal-submission.js';
import { createDigestSettingsSubmission } from './views/digest-settings-submission.js';

/**
 * Registers every middleware and listener, grouped by Slack surface. The one place that wires listeners to
 * the app.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(createSkipDuplicateEvents(deps.deliveries));

  app.command(deps.command, createMineralsCommand(deps));

  app.event('app_mention', createAppMention(deps));
  app.event('message', createDirectMessage(deps));
  app.event('message', createThreadReply(deps));
  app.event('app_home_opened', createAppHomeOpened(deps));

  app.shortcut<MessageShortcut>(CALLBACK_IDS.askMessage, createAskMessageShortcut(deps));
  app.shortcut<MessageShortcut>(CALLBACK_IDS.addLink, createAddLinkShortcut(deps));
  app.shortcut<GlobalShortcut>(CALLBACK_IDS.ask, createAskShortcut(deps));
  app.view<ViewSubmitAction>(CALLBACK_IDS.askModal, createAskModalSubmission(deps));
  app.view<ViewSubmitAction>(CALLBACK_IDS.digestSettingsModal, createDigestSettingsSubmission(deps));

  const vote = createVoteAction(deps);
  app.action<BlockButtonAction>(ACTION_IDS.voteHelpful, vote);
  app.action<BlockButtonAction>(ACTION_IDS.voteNotHelpful, vote);
  app.action<BlockButtonAction>(ACTION_IDS.share, createShareAction(deps));
  app.action<BlockButtonAction>(ACTION_IDS.moreSources, createMoreSourcesAction(deps));
  app.action<BlockButtonAction>(ACTION_IDS.digestFollowUp, createDigestFollowUpAction(deps));
  app.action<BlockButtonAction>(ACTION_IDS.digestSettingsOpen, createDigestSettingsAction(deps));
  const sourcesPage = createSourcesPageAction(deps);
  app.action<BlockButtonAction>(ACTION_IDS.sourcesNext, sourcesPage);
  app.action<BlockButtonAction>(ACTION_IDS.sourcesPrevious, sourcesPage);
}
