import type { Engine } from '../engine/index.js';
import type { DigestSubscription } from '../storage/digest-settings-store.js';
import { createWriteQueue } from '../storage/create-write-queue.js';
import type { DigestRun, DigestStore } from '../storage/digest-store.js';
import { buildDigest } from './build-digest.js';
import type { DigestLog, DigestPoster } from './digest-poster.js';
import { matchSubscription } from './match-subscription.js';
import { createDigestRunner, type DigestRunner, type RunResult } from './run-digest.js';

export interface SubscriptionRunnerDeps {
  engine: Engine;
  store: DigestStore;
  poster: DigestPoster;
  /** The channels subscribed now (read at every run, so a change in Slack applies to the next one). */
  subscriptions(): Promise<DigestSubscription[]>;
  postEmpty?: boolean;
  now: () => Date;
  newId: () => string;
  log: DigestLog;
}

/** One run across every subscribed channel: each channel's own result. */
export interface SubscriptionRunner {
  run(slot: Date | null): Promise<Array<{ channel: string; result: RunResult }>>;
}

/** The latest slot a channel's runs belong to: what that channel has already handled. */
function lastSlotOf(runs: readonly DigestRun[], channel: string): string | null {
  return runs
    .filter((r) => r.channel === channel && r.slot)
    .reduce<string | null>((last, r) => (!last || r.slot! > last ? r.slot : last), null);
}

/**
 * Runs the digest for every subscribed channel, one after another: each channel gets the stories
 * that match its keywords and that it has not had, never twice (each channel's runs are its own;
 * see createDigestRunner). The scheduled slot is marked handled once every channel has run.
 */
export function createSubscriptionRunner(deps: SubscriptionRunnerDeps): SubscriptionRunner {
  const runners = new Map<string, DigestRunner>();
  const queue = createWriteQueue();

  const runnerFor = (subscription: DigestSubscription): DigestRunner => {
    const key = `${subscription.channel} ${subscription.keywords.join('|')}`;
    let runner = runners.get(key);
    if (!runner) {
      const include = matchSubscription(subscription);
      // The slot mark is shared by all channels and set below; a channel's own mark is its latest run.
      const store: DigestStore = {
        ...deps.store,
        lastSlot: async () => lastSlotOf(await deps.store.runs(), subscription.channel),
        setLastSlot: async () => {},
      };
      runner = createDigestRunner({
        store,
        poster: deps.poster,
        channel: subscription.channel,
        compose: (exclude, window) => buildDigest(deps.engine, { exclude, window, include }),
        ...(deps.postEmpty ? { postEmpty: true } : {}),
        now: deps.now,
        newId: deps.newId,
        log: deps.log,
      });
      runners.set(key, runner);
    }
    return runner;
  };

  async function runAll(slot: Date | null): Promise<Array<{ channel: string; result: RunResult }>> {
    const slotIso = slot?.toISOString() ?? null;
    const last = await deps.store.lastSlot();
    if (slotIso && last && last >= slotIso) return [];
    const subscriptions = await deps.subscriptions();
    if (subscriptions.length === 0)
      deps.log.info('digest: no channel is subscribed (/minerals digest here), so nothing is posted');
    const results: Array<{ channel: string; result: RunResult }> = [];
    for (const subscription of subscriptions) {
      results.push({ channel: subscription.channel, result: await runnerFor(subscription).run(slot) });
    }
    if (slotIso) await deps.store.setLastSlot(slotIso);
    return results;
  }

  return {
    run: (slot) => queue(() => runAll(slot)),
  };
}
