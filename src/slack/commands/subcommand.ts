import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { RateKind } from '../create-rate-limits.js';

/** What a `/minerals <name> ...` handler receives; built by the slash-command listener after `ack()`. */
export interface SubcommandContext {
  /** Everything after the subcommand name, trimmed (raw user text: escape before echoing). */
  args: string;
  userId: string;
  channelId: string;
  /** Replies through the command's response_url (ephemeral unless `response_type: 'in_channel'`). */
  respond: RespondFn;
  client: WebClient;
  /** Opens a modal (views.open) for up to 3 seconds after the command. */
  triggerId?: string;
}

/**
 * One `/minerals` subcommand. Features register theirs in `createApp({ subcommands })`
 * from the composition root; the help text is generated from `usage` and `description`.
 */
export interface Subcommand {
  name: string;
  /** e.g. `ask <question>` */
  usage: string;
  description: string;
  /**
   * Set on subcommands that change the corpus or settings: only editors may run them. Others get
   * "Only editors can <doing>", and the attempt is audited as `action`, outcome `denied`.
   */
  editorsOnly?: { action: string; doing: string };
  /** Counts against the user's per-user limit for questions or additions. */
  rateLimit?: RateKind;
  run(ctx: SubcommandContext): Promise<void>;
}
