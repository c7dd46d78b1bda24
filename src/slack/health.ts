import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage } from '../error-message.js';

/** Path of the health probe, in HTTP and Socket Mode alike. */
export const HEALTH_PATH = '/healthz';

/**
 * Whether this instance can talk to Slack: HTTP mode after auth.test, Socket Mode while the socket is open.
 */
export interface SlackHealth {
  mode: 'http' | 'socket' | 'custom';
  connected: boolean;
}

export interface HealthDeps {
  /** Articles in the index. */
  articles(): number;
  /** False while the corpus is still loading (the app already listens and acks). */
  loaded(): boolean;
  slack(): SlackHealth;
  /** Further sections (store, digest...), reported but never failing the probe on their own. */
  sections?(): Promise<Record<string, unknown>>;
}

/**
 * What GET /healthz answers: 200 while Slack is connected, loading or not (the app acks meanwhile
 * and answers once loaded, so traffic should keep coming); 503 when Slack is not connected.
 */
export interface HealthReport {
  status: 200 | 503;
  body: {
    ok: boolean;
    loading: boolean;
    articles: number;
    index: { loaded: boolean; articles: number };
    slack: SlackHealth;
  } & Record<string, unknown>;
}

export async function checkHealth(deps: HealthDeps): Promise<HealthReport> {
  const articles = deps.articles();
  const index = { loaded: deps.loaded(), articles };
  const slack = deps.slack();
  let sections: Record<string, unknown> = {};
  try {
    sections = (await deps.sections?.()) ?? {};
  } catch (error) {
    sections = { sections: { ok: false, error: errorMessage(error) } };
  }
  const ok = slack.connected;
  return {
    status: ok ? 200 : 503,
    body: { ok, loading: !index.loaded, articles, index, slack, ...sections },
  };
}

/** Answers a health request with the report as JSON. */
export function answerHealth(deps: HealthDeps, res: ServerResponse): void {
  void checkHealth(deps).then(({ status, body }) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  });
}

/** Socket Mode has no HTTP server of its own: this one serves GET /healthz on `port` and 404 elsewhere. */
export async function serveHealth(
  deps: HealthDeps,
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === HEALTH_PATH) return answerHealth(deps, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
