import pg from 'pg';
import { withTimeout } from '../../../src/with-timeout.js';

/** The advisory lock the test holds while writes of the gated article wait. */
const GATE = 4_242_001;

/**
 * Where writes of `late.txt` wait: `after-version` once the row has its version (before commit);
 * `row-locked` when an update has locked the row but not yet drawn a version (a BEFORE trigger named to
 * run ahead of the schema's own).
 */
export type GatePoint = 'after-version' | 'row-locked';

export interface WriteGate {
  /**
   * Holds `slow` at the gate, lets `fast` run (it commits, or waits its turn), runs `meanwhile`, then opens
   * the gate and waits for both writers; every wait is bounded, so a bug fails the test instead of hanging it.
   */
  interleave(
    slow: () => Promise<unknown>,
    fast: () => Promise<unknown>,
    meanwhile?: () => Promise<unknown>,
  ): Promise<void>;
  close(): Promise<void>;
}

const until = async (check: () => Promise<boolean>, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Installs the test-only gate trigger in the test's database and returns the connection holding the gate. */
export async function openWriteGate(url: string, point: GatePoint = 'after-version'): Promise<WriteGate> {
  const gate = new pg.Client({ connectionString: url });
  await gate.connect();
  await gate.query(`
    CREATE OR REPLACE FUNCTION wait_at_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_advisory_xact_lock_shared(${GATE}); RETURN NEW; END $$;
    ${
      point === 'after-version'
        ? 'CREATE TRIGGER wait_at_gate AFTER INSERT OR UPDATE ON articles'
        : 'CREATE TRIGGER a_wait_at_gate BEFORE UPDATE ON articles'
    } FOR EACH ROW WHEN (NEW.name = 'late.txt') EXECUTE FUNCTION wait_at_gate();`);
  /** Sessions of this database waiting for a lock (the held writer; when writes go in turn, the other too). */
  const waiting = async () =>
    (
      await gate.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a USING (pid)
         WHERE NOT l.granted AND a.datname = current_database()`,
      )
    ).rows[0]!.n;
  return {
    async interleave(slow, fast, meanwhile) {
      await gate.query('SELECT pg_advisory_lock($1)', [GATE]);
      let opened = false;
      const open = async () => {
        if (!opened) await gate.query('SELECT pg_advisory_unlock($1)', [GATE]);
        opened = true;
      };
      try {
        const slowDone = slow();
        await until(async () => (await waiting()) >= 1, 'the slow writer waits at the gate');
        let fastSettled = false;
        const fastDone = fast().finally(() => (fastSettled = true));
        await until(async () => fastSettled || (await waiting()) >= 2, 'the fast writer commits or waits');
        await meanwhile?.();
        await open();
        await withTimeout(Promise.all([slowDone, fastDone]), 10_000, 'the writers did not finish');
      } finally {
        await open();
      }
    },
    close: () => gate.end(),
  };
}
