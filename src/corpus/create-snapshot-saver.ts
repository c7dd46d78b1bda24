import { errorMessage } from '../error-message.js';
/**
 * Coalesces "the engine changed" signals into one snapshot save after `delayMs`, and never
 * runs two saves at once (a request during a save queues exactly one more).
 */
export function createSnapshotSaver(deps: {
  save: () => Promise<void>;
  delayMs?: number;
  log?: (line: string) => void;
}) {
  const delayMs = deps.delayMs ?? 300;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let dirty = false;

  function run(): Promise<void> {
    timer = null;
    running = running.then(async () => {
      if (!dirty) return;
      dirty = false;
      try {
        await deps.save();
      } catch (error) {
        dirty = true;
        deps.log?.(`snapshot save failed (will retry on the next change): ${errorMessage(error)}`);
      }
    });
    return running;
  }

  return {
    /** Marks the engine changed; a save follows shortly. */
    request(): void {
      dirty = true;
      if (!timer) timer = setTimeout(() => void run(), delayMs);
    },
    /** Saves now if anything is pending and waits for it. */
    async flush(): Promise<void> {
      if (timer) clearTimeout(timer);
      await run();
    },
  };
}

export type SnapshotSaver = ReturnType<typeof createSnapshotSaver>;
