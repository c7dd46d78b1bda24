import type { DigestSchedule, DigestSettingsStore } from '../storage/digest-settings-store.js';
import { errorMessage } from '../error-message.js';

export interface ScheduleFollowerDeps {
  settings: Pick<DigestSettingsStore, 'get'>;
  /** Re-reads the schedule and re-arms the scheduler (RunningDigest.reschedule). */
  reschedule: () => Promise<void>;
  /** How often the stored schedule is compared. Default 15 s. */
  intervalMs?: number;
  log: (line: string) => void;
}

const same = (a: DigestSchedule, b: DigestSchedule) => a.cron === b.cron && a.timeZone === b.timeZone;

/**
 * With a shared settings store, another instance may change the schedule: this one re-reads it
 * now and then and re-arms its scheduler when it changed, so no instance keeps posting at the old time.
 */
export async function followSchedule(deps: ScheduleFollowerDeps): Promise<{ stop(): void }> {
  let known = (await deps.settings.get()).schedule;
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    deps.settings
      .get()
      .then(async ({ schedule }) => {
        if (same(schedule, known)) return;
        known = schedule;
        await deps.reschedule();
        deps.log(
          `digest: schedule changed elsewhere to "${schedule.cron}" (${schedule.timeZone}); following it`,
        );
      })
      .catch((error: unknown) =>
        deps.log(`digest: could not re-read the schedule (${errorMessage(error)}); will try again`),
      )
      .finally(() => (checking = false));
  }, deps.intervalMs ?? 15_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
