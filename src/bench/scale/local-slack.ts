import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for Slack's Web API (auth.test and friends answer ok) and for response_url,
 * recording when each command's answer arrived.
 */
export async function startLocalSlack() {
  const answered = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const reply = path.startsWith('/api/auth.test')
        ? {
            ok: true,
            team: 'Bench',
            user: 'minerals',
            team_id: 'T0BENCH',
            user_id: 'UBOTMINERALS',
            bot_id: 'BMINERALS',
          }
        : { ok: true };
      const id = /^\/respond\/(.+)$/.exec(path)?.[1];
      // The first reply that is an answer (not the "looking…" notice) marks the command done.
      if (id && !answered.has(id) && !/hourglass|Looking/.test(body)) {
        answered.set(id, performance.now());
        waiters.get(id)?.();
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id: string) => `http://127.0.0.1:${port}/respond/${id}`,
    /** Resolves with the time (performance.now) the answer for `id` arrived. */
    answer(id: string, timeoutMs: number): Promise<number> {
      const at = answered.get(id);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no answer for ${id} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.set(id, () => {
          clearTimeout(timer);
          resolve(answered.get(id)!);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type LocalSlack = Awaited<ReturnType<typeof startLocalSlack>>;
