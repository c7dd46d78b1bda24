import type { CliIo } from '../../../src/cli/cli-io.js';

/** An in-process terminal for a CLI's `run(argv, io)`: collects what it prints, feeds it stdin lines. */
export function captureIo(env: Record<string, string | undefined>, input: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
    lines: async function* () {
      yield* input;
    },
    env,
  };
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');
  return { io, stdout: () => text(out), stderr: () => text(err) };
}
