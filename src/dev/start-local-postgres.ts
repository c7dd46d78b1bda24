import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { errorMessage } from '../error-message.js';
import { withTimeout } from '../with-timeout.js';

const run = promisify(execFile);

/** A throwaway PostgreSQL server on a loopback port. */
export interface LocalPostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  url: string;
  port: number;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

export interface LocalPostgresOptions {
  /** Folder holding initdb and postgres; default: the newest /usr/lib/postgresql/N/bin. */
  binDir?: string;
  /** How long to wait for the server to accept connections. Default 20 s. */
  readyTimeoutMs?: number;
}

/** The newest Debian-packaged PostgreSQL's bin folder, or null when none is installed. */
function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** A port nothing listens on right now (the kernel's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` user (no wrapper process,
 * so signals reach postgres).
 */
async function serverUser(): Promise<{ uid: number; gid: number } | Record<string, never>> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

async function waitReady(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`postgres exited with code ${server.exitCode} before accepting connections`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline)
        throw new Error(
          `postgres did not accept connections within ${timeoutMs} ms: ${errorMessage(error)}`,
          { cause: error },
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Starts a fresh PostgreSQL cluster in a temp folder, listening on 127.0.0.1 only, with settings
 * for tests (no fsync). Throws with the reason when the server binaries are missing.
 */
export async function startLocalPostgres(options: LocalPostgresOptions = {}): Promise<LocalPostgres> {
  const binDir = options.binDir ?? findPostgresBin();
  if (!binDir)
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql (install them: apt-get install -y postgresql)',
    );
  const dir = await mkdtemp(join(tmpdir(), 'minerals-pg-'));
  const dataDir = join(dir, 'data');
  const user = await serverUser();
  if ('uid' in user) await chown(dir, user.uid, user.gid);
  await run(
    join(binDir, 'initdb'),
    ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    { ...user, cwd: dir },
  );
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const args = [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
      '-k',
      dir,
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ];
    const server = spawn(join(binDir, 'postgres'), args, {
      ...user,
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    server.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    try {
      await waitReady(url, server, options.readyTimeoutMs ?? 20_000);
    } catch (error) {
      server.kill('SIGKILL');
      // Another process may have taken the port between our check and postgres binding it.
      if (attempt < 2 && /could not bind|Address already in use/.test(stderr)) continue;
      await rm(dir, { recursive: true, force: true });
      throw new Error(`${errorMessage(error)}\n${stderr.trim()}`, { cause: error });
    }
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    // A caller that exits without stop() (process.exit, an uncaught error) must not leave a server or its
    // files behind.
    const onExit = () => {
      server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    };
    process.once('exit', onExit);
    return {
      url,
      port,
      async stop() {
        process.off('exit', onExit);
        if (server.exitCode === null) {
          // SIGINT is postgres' "fast" shutdown: ends sessions, then exits cleanly.
          server.kill('SIGINT');
          // Cleared once the server has exited, so a caller that does not exit at once is not held 10 s.
          await withTimeout(exited, 10_000, 'postgres did not stop').catch(() => undefined);
          if (server.exitCode === null) server.kill('SIGKILL');
        }
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
}
