import { existsSync } from 'node:fs';
import { MAX_AUDIT_ENTRIES } from './lowdb-audit-store.js';
import { digestSettingsStorePath } from './lowdb-digest-settings-store.js';
import { threadStorePath } from './lowdb-thread-store.js';
import { openJsonDb } from './open-json-db.js';
import type { AnsweredThread } from './thread-store.js';
import type { DigestSettings } from './digest-settings-store.js';
import type { Stores } from './open-stores.js';

/** How many records of each kind were copied (already present ones are not counted). */
export type CopyReport = Record<
  'votes' | 'feeds' | 'seenItems' | 'digestRuns' | 'threads' | 'auditEntries' | 'digestSubscriptions',
  number
> & { notes: string[] };

/**
 * Copies a lowdb install (the JSON files in a data folder) into Postgres stores. Safe to run
 * again: votes, feeds, runs and threads are keyed, so nothing is doubled; the audit trail is only
 * copied into an empty trail.
 */
export async function copyLowdbToPostgres(from: Stores, to: Stores, dataDir: string): Promise<CopyReport> {
  const report: CopyReport = {
    votes: 0,
    feeds: 0,
    seenItems: 0,
    digestRuns: 0,
    threads: 0,
    auditEntries: 0,
    digestSubscriptions: 0,
    notes: [],
  };

  for (const vote of await from.votes.list()) {
    const { replaced } = await to.votes.record(vote);
    if (!replaced) report.votes++;
  }

  for (const feed of await from.feeds.list()) {
    if (await to.feeds.add(feed)) report.feeds++;
    const seen = [...(await from.feeds.seen(feed.url))];
    await to.feeds.markSeen(feed.url, seen);
    report.seenItems += seen.length;
  }

  const known = new Set((await to.digest.runs()).map((run) => run.id));
  for (const run of await from.digest.runs()) {
    if (known.has(run.id)) continue;
    await to.digest.addPending(run);
    if (run.status === 'posted')
      await to.digest.markPosted(run.id, run.ts ?? '', run.postedAt ?? run.createdAt);
    if (run.status === 'failed') await to.digest.markFailed(run.id, run.error ?? 'failed');
    report.digestRuns++;
  }
  const lastSlot = await from.digest.lastSlot();
  if (lastSlot) await to.digest.setLastSlot(lastSlot);

  // The thread port has no listing (the app only looks threads up), so the file is read directly.
  if (existsSync(threadStorePath(dataDir))) {
    const file = await openJsonDb<{ threads: AnsweredThread[] }>(threadStorePath(dataDir), { threads: [] });
    for (const thread of file.data.threads) await to.threads.record(thread);
    report.threads = file.data.threads.length;
  }

  if ((await to.audit.recent(1)).length > 0) {
    report.notes.push('audit trail not copied: the database already has one');
  } else {
    const entries = (await from.audit.recent(MAX_AUDIT_ENTRIES)).reverse();
    for (const entry of entries) await to.audit.record(entry);
    report.auditEntries = entries.length;
  }

  if (existsSync(digestSettingsStorePath(dataDir))) {
    const file = await openJsonDb<{ settings: DigestSettings | null }>(digestSettingsStorePath(dataDir), {
      settings: null,
    });
    const settings = file.data.settings;
    if (settings) {
      // What a team set in Slack wins over whatever the database was seeded with.
      await to.digestSettings.initialize(settings);
      for (const subscription of settings.subscriptions) await to.digestSettings.subscribe(subscription);
      await to.digestSettings.setSchedule(settings.schedule);
      report.digestSubscriptions = settings.subscriptions.length;
    }
  }
  return report;
}
