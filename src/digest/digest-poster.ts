import type { Digest } from './digest-types.js';

/** How one post attempt ended. `unknown`: the channel may or may not have the post (network/HTTP failure). */
export type PostOutcome =
  | { status: 'posted'; ts: string }
  | { status: 'not-posted'; error: string; fix?: string }
  | { status: 'unknown'; error: string };

/** Whether a digest with a given id is in the channel: its ts, or `absent` when certainly not there. */
export type LookupOutcome =
  { status: 'found'; ts: string } | { status: 'absent' } | { status: 'unknown'; error: string };

/**
 * The port the digest runner posts through; the Slack adapter lives in `src/slack/post-digest.ts`.
 * A digest without articles is the one-line note for an empty day.
 */
export interface DigestPoster {
  post(channel: string, digest: Digest, digestId: string): Promise<PostOutcome>;
  /** Looks through the channel's messages since `oldest` (ISO) for the digest's id. */
  find(channel: string, digestId: string, oldest: string): Promise<LookupOutcome>;
}

/** The log lines the digest writes; any logger with these methods fits. */
export interface DigestLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
