import type { Logger } from '@slack/bolt';
import type { AddOutcome } from '../corpus/add-article.js';
import type { LastDigestInfo } from '../digest/start-digest.js';
import type { Engine } from '../engine/index.js';
import type { AuditStore } from '../storage/audit-store.js';
import type { DeliveryStore } from '../storage/delivery-store.js';
import type { ThreadStore } from '../storage/thread-store.js';
import type { VoteStore } from '../storage/vote-store.js';
import type { Subcommand } from './commands/subcommand.js';
import type { EditorCheck } from './create-editor-check.js';
import type { RateLimits } from './create-rate-limits.js';
import type { DigestSettingsControl } from './digest-settings/digest-settings-control.js';

/** What every listener may use; built once by createApp. */
export interface ListenerDeps {
  engine: Engine;
  votes: VoteStore;
  /** Threads the bot answered in: replies there need no mention, and follow-ups read the earlier question. */
  threads: ThreadStore;
  logger: Logger;
  /** The slash command as typed, `/minerals`. */
  command: string;
  examples: string[];
  /** Every subcommand the router dispatches to, built-ins included. */
  subcommands: Subcommand[];
  lastDigest: () => Promise<LastDigestInfo | null>;
  /** Who may change the corpus and settings. */
  editors: EditorCheck;
  /** The audit trail of changes; absent: nothing is recorded. */
  audit?: AuditStore;
  /** Per-user limits on questions and additions; absent: unlimited. */
  rateLimits?: RateLimits;
  /** Fetches a page into the corpus (the add-link shortcut); absent when the app cannot add articles. */
  ingestUrl?: (url: string) => Promise<AddOutcome>;
  /**
   * Resolves once the corpus is loaded: questions that arrive earlier are acked, then answered after it.
   * Absent: loaded.
   */
  ready?: () => Promise<void>;
  /** Deliveries already answered (shared across instances with Postgres). */
  deliveries: DeliveryStore;
  /** Digest subscriptions and schedule; absent when the app runs no digest. */
  digestSettings?: DigestSettingsControl;
}
