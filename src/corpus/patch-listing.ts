import type { FileStamp } from './read-source-file.js';

/**
 * A seeds listing brought up to date by a batch the watcher applied after taking it: removed files leave
 * it, indexed ones enter it (or replace their entry) with the size and mtime the engine read them at.
 * In name order, like the listing; the listing itself when the batch changed nothing (it is never modified).
 */
export function patchListing(
  listed: readonly FileStamp[],
  batch: { upserted: readonly string[]; removed: readonly string[] },
  stamp: (name: string) => { size: number | null; mtimeMs: number | null } | undefined,
): readonly FileStamp[] {
  if (batch.upserted.length === 0 && batch.removed.length === 0) return listed;
  const byName = new Map(listed.map((entry) => [entry.name, entry]));
  for (const name of batch.removed) byName.delete(name);
  for (const name of batch.upserted) {
    const held = stamp(name);
    if (held?.size != null && held.mtimeMs != null)
      byName.set(name, { name, size: held.size, mtimeMs: held.mtimeMs });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
