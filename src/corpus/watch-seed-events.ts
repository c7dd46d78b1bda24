import { watch } from 'node:fs';
import { basename } from 'node:path';

/** The names of files the seeds folder's watch reported, held until the seeds watcher takes them over. */
export interface SeedEvents {
  /** Hands over the names reported so far, and passes each later one straight to `onName`. */
  take(onName: (name: string) => void): string[];
  close(): void;
}

/**
 * Starts watching the seeds folder now (one watch on the folder itself), keeping the names events give
 * until `take`. Started before the folder is listed, it makes that listing safe to reuse later: a file
 * that changes after the listing stat'ed it is reported here.
 */
export function watchSeedEvents(seedsDir: string, log: (line: string) => void = () => undefined): SeedEvents {
  const held = new Set<string>();
  let forward: ((name: string) => void) | null = null;
  const watcher = watch(seedsDir, { persistent: true }, (_event, filename) => {
    if (!filename) return;
    const name = basename(filename.toString());
    if (forward) forward(name);
    else held.add(name);
  });
  watcher.on('error', (e) => log(`seeds watcher: ${e.message}`));
  return {
    take(onName) {
      forward = onName;
      const names = [...held];
      held.clear();
      return names;
    },
    close: () => watcher.close(),
  };
}
