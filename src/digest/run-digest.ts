import {
  articleKey,
  lastPostedRun,
  postedArticles,
  type DigestRun,
  type DigestStore,
  type DigestWindow,
} from '../storage/digest-store.js';
import { createWriteQueue } from '../storage/create-write-queue.js';
import type { DigestLog, DigestPoster } from './digest-poster.js';
import type { Digest } from './digest-types.js';

export type RunResult =
  | { status: 'posted'; id: string; ts: string; articles: number }
  | { status: 'nothing-new' }
  | { status: 'already-ran'; slot: string }
  | { status: 'not-posted'; error: string; fix?: string }
  | { status: 'blocked'; reason: string };

export interface DigestRunnerDeps {
  store: DigestStore;
  poster: DigestPoster;
  channel: string;
  /** Builds the digest from articles not yet posted; `exclude` holds `file@hash` keys already posted. */
  compose(exclude: ReadonlySet<string>, window: DigestWindow): Digest;
  /** DIGEST_POST_EMPTY: post the one-line note on a day with nothing new (default off). */
  postEmpty?: boolean;
  now: () => Date;
  newId: () => string;
  log: DigestLog;
}

export interface DigestRunner {
  /** Runs once for `slot` (a scheduled time), or by hand when slot is null. Runs never overlap. */
  run(slot: Date | null): Promise<RunResult>;
}

/**
 * What the next digest covers: articles not in a confirmed post, since the last confirmed post.
 * With `channel`, only that channel's posts count: each subscribed channel gets every story once.
 */
export function digestScope(
  all: readonly DigestRun[],
  now: Date,
  channel?: string,
): { exclude: Set<string>; window: DigestWindow } {
  const runs = channel === undefined ? all : all.filter((run) => run.channel === channel);
  return {
    exclude: new Set(postedArticles(runs).map(articleKey)),
    window: { from: lastPostedRun(runs)?.window.to ?? null, to: now.toISOString() },
  };
}

/**
 * Never twice: runs are serialised; a slot already handled is skipped; the intent (window,
 * articles, channel) is stored before posting and the ts after; an intent left pending by a crash
 * or a lost response is settled by looking for its metadata id in the channel before anything new
 * is composed, and while that cannot be checked nothing is posted.
 */
export function createDigestRunner(deps: DigestRunnerDeps): DigestRunner {
  const queue = createWriteQueue();

  async function settlePending(): Promise<string | null> {
    for (const run of (await deps.store.runs()).filter((r) => r.status === 'pending')) {
      const seen = await deps.poster.find(run.channel, run.id, run.createdAt);
      if (seen.status === 'found') {
        deps.log.info(`digest: ${run.id} was posted before a restart (ts ${seen.ts}); recorded it`);
        await deps.store.markPosted(run.id, seen.ts, deps.now().toISOString());
      } else if (seen.status === 'absent') {
        await deps.store.markFailed(run.id, 'not found in the channel after an interrupted post');
      } else {
        return `cannot tell whether digest ${run.id} reached ${run.channel} (${seen.error}); grant the bot channels:history and try again`;
      }
    }
    return null;
  }

  async function runOnce(slot: Date | null): Promise<RunResult> {
    const slotIso = slot?.toISOString() ?? null;
    const last = await deps.store.lastSlot();
    if (slotIso && last && last >= slotIso) return { status: 'already-ran', slot: slotIso };

    const blocked = await settlePending();
    if (blocked) {
      deps.log.error(`digest: ${blocked}`);
      return { status: 'blocked', reason: blocked };
    }
    const { exclude, window } = digestScope(await deps.store.runs(), deps.now(), deps.channel);
    const composed = deps.compose(exclude, window);
    const result = await post(composed, window, slotIso);
    if (slotIso) await deps.store.setLastSlot(slotIso);
    return result;
  }

  async function post(composed: Digest, window: DigestWindow, slot: string | null): Promise<RunResult> {
    if (composed.articles.length === 0 && !deps.postEmpty) {
      deps.log.info('digest: nothing new since the last digest; not posting');
      return { status: 'nothing-new' };
    }
    const id = deps.newId();
    await deps.store.addPending({
      id,
      slot,
      channel: deps.channel,
      window,
      articles: composed.articles,
      status: 'pending',
      createdAt: deps.now().toISOString(),
    });
    const outcome = await deps.poster.post(deps.channel, composed, id);
    if (outcome.status === 'posted') {
      await deps.store.markPosted(id, outcome.ts, deps.now().toISOString());
      deps.log.info(
        `digest: posted ${id} to ${deps.channel} (${composed.articles.length} articles, ts ${outcome.ts})`,
      );
      return { status: 'posted', id, ts: outcome.ts, articles: composed.articles.length };
    }
    if (outcome.status === 'not-posted') {
      await deps.store.markFailed(id, outcome.error);
      deps.log.error(
        `digest: Slack refused the digest for ${deps.channel}: ${outcome.error}${outcome.fix ? `; fix: ${outcome.fix}` : ''}. Will try again at the next run.`,
      );
      return { status: 'not-posted', error: outcome.error, fix: outcome.fix };
    }
    // Left pending on purpose: the next run checks the channel for it before posting again.
    deps.log.error(
      `digest: could not confirm digest ${id} (${outcome.error}); the next run checks the channel before posting`,
    );
    return { status: 'blocked', reason: outcome.error };
  }

  return {
    // Inside the store's lock, runOnce re-reads the last slot, so a run another instance finished is skipped.
    run: (slot) =>
      queue(() => (deps.store.exclusive ? deps.store.exclusive(() => runOnce(slot)) : runOnce(slot))),
  };
}
