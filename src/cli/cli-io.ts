import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { errorMessage } from '../error-message.js';

/** Where a command-line tool reads and writes. Tests pass their own to run a CLI in-process. */
export interface CliIo {
  /** Writes one line to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Standard input, line by line. */
  lines(): AsyncIterable<string>;
  /** The environment settings are read from; unset means the process's own (read by config.ts). */
  env?: Record<string, string | undefined>;
}

/** A CLI's entry: arguments and io in, exit code out. */
export type CliRun = (argv: string[], io: CliIo) => Promise<number>;

/** The real terminal. */
export const processIo: CliIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
};

/** True when the module at `moduleUrl` is the script node was started with, not an import (from a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

/** Runs a CLI to its exit code: an unexpected error becomes one line on stderr and code 1. */
export async function runCli(name: string, run: CliRun, argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.err(`${name} failed: ${errorMessage(error)}`);
    return 1;
  }
}

/** Runs a CLI for this process, with the process's arguments, terminal and exit code. */
export function runAsProcess(name: string, run: CliRun): void {
  void runCli(name, run, process.argv.slice(2), processIo).then((code) => (process.exitCode = code));
}
