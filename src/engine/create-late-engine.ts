import { createEngine } from './create-engine.js';
import type { Engine } from './types.js';

/** An engine that is still loading, and the handle that completes it. */
export interface LateEngine {
  /** Answers from an empty corpus until `settle`, then from the loaded engine; safe to hand out at once. */
  engine: Engine;
  /** Resolves when the loaded engine is in place; rejects when loading failed. */
  ready: Promise<void>;
  isReady(): boolean;
  settle(engine: Engine): void;
  fail(error: Error): void;
}

/**
 * Lets the app listen (health checks, acks) while the corpus loads: consumers hold `engine` from the
 * start and wait on `ready` before answering, so a question asked during the load is answered after it.
 */
export function createLateEngine(): LateEngine {
  let current: Engine = createEngine([]).engine;
  let loaded = false;
  let settle!: (engine: Engine) => void;
  let fail!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    settle = (engine) => {
      current = engine;
      loaded = true;
      resolve();
    };
    fail = reject;
  });
  // A failed load is reported by whoever started it; waiting listeners must not add an unhandled rejection.
  ready.catch(() => undefined);
  const engine = new Proxy({} as Engine, { get: (_target, key) => current[key as keyof Engine] });
  return { engine, ready, isReady: () => loaded, settle, fail };
}
