import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call as the fake received it. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
}

/** One POST to a response_url. */
export interface ResponseUrlCall {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface Failure {
  error: string;
  /** HTTP status; 429 with Retry-After is how Slack rate-limits. */
  status?: number;
  retryAfter?: number;
}

export const BOT_USER_ID = 'UBOTMINERALS';
export const BOT_ID = 'BMINERALS';
export const TEAM_ID = 'T0TEST';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Web API clients send form fields whose objects are JSON strings (blocks, view). */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // a plain string that happens to start with a bracket
      }
    }
    out[key] = value;
  }
  return out;
}

/**
 * A loopback stand-in for Slack: Web API methods under /api/, response_url endpoints under
 * /response/<id>, and a Socket Mode WebSocket at /socket. It records everything and can be told to fail.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlCall[] = [];
  readonly socketMessages: unknown[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private readonly waiters = new Set<() => void>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private sockets = new Set<WebSocket>();
  private ts = 1_700_000_000;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** The next `count` calls to `method` fail with `failure`. */
  failNext(method: string, failure: Failure, count = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string): ResponseUrlCall[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once `check` holds (re-checked on every request), or rejects after `ms`. */
  async waitFor<T>(check: () => T | undefined | false, ms = 5000): Promise<T> {
    const first = check();
    if (first) return first;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(poll);
        reject(new Error(`FakeSlack.waitFor timed out after ${ms} ms`));
      }, ms);
      const poll = () => {
        const value = check();
        if (value) {
          clearTimeout(timer);
          this.waiters.delete(poll);
          resolve(value);
        }
      };
      this.waiters.add(poll);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.wss?.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Closes every Socket Mode connection from the server side (as Slack does before a refresh) and waits for them to go. */
  async closeSockets(): Promise<void> {
    for (const ws of this.sockets) ws.close(1000, 'test over');
    await this.waitFor(() => this.sockets.size === 0);
  }

  /** Sends a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('message', (data) => {
      this.socketMessages.push(JSON.parse(String(data)));
      this.notify();
    });
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.notify();
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' }, debug_info: { host: 'fake' } }));
    this.notify();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/response/')) {
      this.responses.push({ id: url.pathname.slice('/response/'.length), body: parseParams(raw, 'application/json'), at: Date.now() });
      json(200, { ok: true });
      this.notify();
      return;
    }
    if (!url.pathname.startsWith('/api/')) return json(404, { ok: false, error: 'unknown_path' });
    const method = url.pathname.slice('/api/'.length);
    const params = parseParams(raw, req.headers['content-type']);
    this.calls.push({ method, params, authorization: req.headers.authorization });
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
      json(failure.status ?? 200, { ok: false, error: failure.error }, headers);
    } else {
      json(200, this.answer(method, params));
    }
    this.notify();
  }

  private answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack/', team: 'Test', user: 'minerals', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'chat.postMessage':
        return { ok: true, channel: params.channel, ts: `${this.ts++}.000100`, message: { text: params.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.ts++}.000200` };
      default:
        return { ok: true };
    }
  }
}
