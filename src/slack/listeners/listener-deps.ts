import type { Logger } from '@slack/bolt';
import type { Engine } from '../../engine/types.js';
import type { VoteStore } from '../../storage/vote-store.js';
import type { Subcommand } from '../commands/subcommand.js';
import type { LastDigestInfo } from '../render/render-home.js';

/** What every listener may use; built once by createApp. */
export interface ListenerDeps {
  engine: Engine;
  votes: VoteStore;
  logger: Logger;
  /** The slash command as typed, `/minerals`. */
  command: string;
  examples: string[];
  /** Every subcommand the router dispatches to, built-ins included. */
  subcommands: Subcommand[];
  lastDigest: () => Promise<LastDigestInfo | null>;
  /** Resolves once the corpus is loaded: questions that arrive earlier are acked, then answered after it. Absent: loaded. */
  ready?: () => Promise<void>;
}
