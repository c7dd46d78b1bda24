/** One channel that receives the digest, optionally only stories matching its keywords. */
export interface DigestSubscription {
  /** Channel id (C…/G…). One subscription per channel. */
  channel: string;
  /** Terms OR-ed together ("lithium", "rare earth"); empty: every story. */
  keywords: string[];
  /** Slack user id of whoever subscribed it; null for the DIGEST_CHANNEL default. */
  by: string | null;
  /** When it was subscribed (ISO). */
  since: string;
}

/** When the digest runs: a five-field cron read in an IANA time zone. */
export interface DigestSchedule {
  cron: string;
  timeZone: string;
}

/** Everything a team sets about its digest from inside Slack. */
export interface DigestSettings {
  subscriptions: DigestSubscription[];
  schedule: DigestSchedule;
}

/**
 * Where digest subscriptions and the schedule live. The environment (DIGEST_CHANNEL, DIGEST_CRON,
 * DIGEST_TZ) only seeds a fresh install through `initialize`; after that the store is the truth.
 * Every write is durable before its promise resolves.
 */
export interface DigestSettingsStore {
  /** Stores `defaults` unless settings were stored before; returns what is stored now. */
  initialize(defaults: DigestSettings): Promise<DigestSettings>;
  /** The stored settings; `initialize` must have run. */
  get(): Promise<DigestSettings>;
  /** Adds the channel, or replaces its keywords when it is already subscribed. */
  subscribe(subscription: DigestSubscription): Promise<void>;
  /** False when the channel was not subscribed. */
  unsubscribe(channel: string): Promise<boolean>;
  setSchedule(schedule: DigestSchedule): Promise<void>;
}
