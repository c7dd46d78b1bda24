import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** What is limited per user: questions (slash command, mention, DM) and adds (articles and feeds). */
export type RateKind = 'ask' | 'add';

/** How many of each a user may do per window. */
export type RateLimitSettings = Record<RateKind, { points: number; seconds: number }>;

/** Generous for a person, tight for a script: a question every two seconds, ten adds in ten minutes. */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  ask: { points: 30, seconds: 60 },
  add: { points: 10, seconds: 600 },
};

export interface RateLimits {
  /** Takes one unit for `userId`; `retryInSeconds` says when the next one is free when none is left. */
  take(kind: RateKind, userId: string): Promise<{ ok: true } | { ok: false; retryInSeconds: number }>;
}

/** Per-user limits kept in memory (rate-limiter-flexible); one process per data/ keeps them meaningful. */
export function createRateLimits(settings: RateLimitSettings = DEFAULT_RATE_LIMITS): RateLimits {
  const limiters = {
    ask: new RateLimiterMemory({
      keyPrefix: 'ask',
      points: settings.ask.points,
      duration: settings.ask.seconds,
    }),
    add: new RateLimiterMemory({
      keyPrefix: 'add',
      points: settings.add.points,
      duration: settings.add.seconds,
    }),
  };
  return {
    async take(kind, userId) {
      try {
        await limiters[kind].consume(userId);
        return { ok: true };
      } catch (result) {
        if (!(result instanceof RateLimiterRes)) throw result;
        return { ok: false, retryInSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
      }
    },
  };
}

/** The friendly reply when a limit is hit. */
export function slowDown(kind: RateKind, retryInSeconds: number): string {
  const what = kind === 'ask' ? 'questions' : 'additions';
  const when = retryInSeconds >= 90 ? `${Math.ceil(retryInSeconds / 60)} min` : `${retryInSeconds} s`;
  return `:hourglass: That is a lot of ${what} in a short time; I can take another in ${when}. Thanks for your patience!`;
}
