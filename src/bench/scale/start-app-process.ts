import { spawn, type ChildProcess } from 'node:child_process';

/** One app instance in its own process (as `npm start` runs it), listening on a port it picked. */
export interface AppProcess {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `src/main.ts` with `env` (HTTP mode) and resolves once it listens and has loaded the corpus. */
export function startAppProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`app did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (!port || !output.includes('ready: corpus loaded')) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      // Keep draining its output so a chatty app never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({
        port: Number(port),
        child,
        stop: async () => {
          if (child.exitCode !== null) return;
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with code ${code} before listening:\n${output.slice(-2000)}`));
    });
  });
}
