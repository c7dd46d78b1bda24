import type { Timers } from '../../../src/digest/schedule-digest.js';

/** A clock and timers the test moves by hand; due timers run in time order and are awaited. */
export interface ManualClock {
  now(): Date;
  timers: Timers;
  /** Moves time to `iso`, running (and awaiting) every timer due on the way. */
  advanceTo(iso: string): Promise<void>;
  /** When the earliest pending timer is due (ISO), or null. */
  nextDue(): string | null;
}

export function createManualClock(startIso: string): ManualClock {
  let now = Date.parse(startIso);
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => unknown }>();
  const earliest = () => [...pending.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
  return {
    now: () => new Date(now),
    timers: {
      setTimeout: (fn, ms) => {
        seq += 1;
        pending.set(seq, { at: now + ms, fn });
        return seq;
      },
      clearTimeout: (handle) => void pending.delete(handle as number),
    },
    async advanceTo(iso) {
      const target = Date.parse(iso);
      for (let due = earliest(); due && due[1].at <= target; due = earliest()) {
        pending.delete(due[0]);
        now = Math.max(now, due[1].at);
        await due[1].fn();
      }
      now = Math.max(now, target);
    },
    nextDue: () => {
      const due = earliest();
      return due ? new Date(due[1].at).toISOString() : null;
    },
  };
}
