/**
 * How a recorded attempt ended: `ok` it was carried out; `denied` the user is not an editor;
 * `refused` the input was turned down (bad or private URL, unknown article...); `error` it failed.
 */
export type AuditOutcome = 'ok' | 'denied' | 'refused' | 'error';

/**
 * One attempt to change the corpus or the settings. Actions are dotted names, noun first:
 * `article.add`, `article.remove`, `feed.add`, `feed.remove`, `digest.subscribe`, `digest.schedule`...
 */
export interface AuditEntry {
  /** ISO timestamp of when the attempt finished. */
  at: string;
  /** Slack user id of who asked. */
  userId: string;
  action: string;
  /** What it was about: a URL, an article file, a channel, a setting (raw text, escape before display). */
  target: string;
  outcome: AuditOutcome;
  /** One line on what happened (the file added, why it was refused); never a token or page content. */
  detail?: string;
}

/** The audit trail (data/audit.json in the lowdb adapter; a table in Postgres). Append-only. */
export interface AuditStore {
  /** Appends an entry; resolves once it is stored. */
  record(entry: AuditEntry): Promise<void>;
  /** The latest `limit` entries, newest first. */
  recent(limit: number): Promise<AuditEntry[]>;
}
