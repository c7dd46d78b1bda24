import { Cron } from 'croner';
import { CRON_MODE } from '../config.js';
import { errorMessage } from '../error-message.js';

/** setTimeout/clearTimeout, injectable so tests drive time themselves. */
export interface Timers {
  /** `fn` returns the run's promise; real timers ignore it, test timers may await it. */
  setTimeout(fn: () => unknown, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DigestSchedulerDeps {
  /** Five-field cron, e.g. "0 8 * * *", or six fields with seconds first. */
  cron: string;
  /** IANA zone the cron is read in; DST changes follow the zone's rules. */
  timeZone: string;
  now: () => Date;
  timers: Timers;
  /** The latest slot already handled (ISO), null before the very first start. */
  lastSlot(): Promise<string | null>;
  /** Marks `slot` as handled without running it (first start: nothing was missed). */
  setLastSlot(slot: string): Promise<void>;
  /** Runs the digest for a slot; must itself skip a slot it has already handled. */
  run(slot: Date): Promise<unknown>;
  log: { info(message: string): void; error(message: string): void };
}

export interface DigestScheduler {
  /** Catches up the latest missed slot (once), then arms the timer for the next one. */
  start(): Promise<void>;
  stop(): void;
  /** When the digest runs next, null when stopped or the cron never fires again. */
  nextRun(): Date | null;
}

// Node timers overflow past ~24.8 days; longer waits are re-armed in steps.
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Builds the paused croner job that computes run times; throws when the cron or zone is malformed. */
export function parseSchedule(cron: string, timeZone: string): Cron {
  const job = new Cron(cron, { timezone: timeZone, paused: true, mode: CRON_MODE });
  job.nextRun();
  return job;
}

/** Fires the digest at the cron's local times, computed by croner; timing comes from injected timers. */
export function createDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const job = parseSchedule(deps.cron, deps.timeZone);
  let handle: unknown = null;
  let next: Date | null = null;
  let stopped = false;

  const runSlot = async (slot: Date) => {
    try {
      await deps.run(slot);
    } catch (error) {
      deps.log.error(`digest: run for ${slot.toISOString()} failed: ${errorMessage(error)}`);
    }
  };

  const arm = () => {
    if (stopped) return;
    next = job.nextRun(deps.now());
    if (!next) return;
    const target = next;
    handle = deps.timers.setTimeout(
      () => fire(target),
      Math.min(Math.max(0, target.getTime() - deps.now().getTime()), MAX_DELAY_MS),
    );
  };

  const fire = async (target: Date) => {
    handle = null;
    if (stopped) return;
    if (deps.now().getTime() < target.getTime()) {
      // Woke early (long wait in steps, or the clock moved back): wait for the same slot again.
      next = target;
      handle = deps.timers.setTimeout(
        () => fire(target),
        Math.min(target.getTime() - deps.now().getTime(), MAX_DELAY_MS),
      );
      return;
    }
    await runSlot(target);
    arm();
  };

  return {
    async start() {
      stopped = false;
      const previous = job.previousRuns(1, new Date(deps.now().getTime() + 1))[0];
      const last = await deps.lastSlot();
      if (previous && last === null) {
        await deps.setLastSlot(previous.toISOString());
      } else if (previous && last !== null && previous.toISOString() > last) {
        deps.log.info(`digest: missed the run at ${previous.toISOString()}; running it now`);
        await runSlot(previous);
      }
      arm();
      deps.log.info(`digest: next run ${next?.toISOString() ?? 'never'} (${deps.cron}, ${deps.timeZone})`);
    },
    stop() {
      stopped = true;
      if (handle !== null) deps.timers.clearTimeout(handle);
      handle = null;
      next = null;
    },
    nextRun: () => next,
  };
}
