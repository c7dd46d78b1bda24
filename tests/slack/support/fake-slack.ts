import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, WebClient, type WebClientOptions } from '@slack/web-api';
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

/**
 * How a call fails instead of being carried out. `{ error }` alone: Slack answers 200 and refuses
 * (not_in_channel, channel_not_found); `{ error: 'ratelimited', status: 429, retryAfter }`: a rate
 * limit; `{ status: 503 }` with no error: a server error whose body says nothing.
 */
export interface Failure {
  error?: string;
  /** HTTP status; 429 with Retry-After is how Slack rate-limits. */
  status?: number;
  retryAfter?: number;
}

/** A message the fake's channels hold: every chat.postMessage that Slack carried out. */
export interface FakeMessage {
  ts: string;
  text: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
}

/** What the next call to a method does instead of answering normally. */
type Scripted = { kind: 'fail'; failure: Failure } | { kind: 'lose-response' } | { kind: 'answer' };

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
 * chat.postMessage stores the message (with its metadata) in its channel, and conversations.history
 * reads them back, so a post can be looked up again.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlCall[] = [];
  readonly socketMessages: unknown[] = [];
  /** Workspace members users.info knows, by id (unknown ids get user_not_found). */
  readonly users = new Map<string, { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean }>();
  /** User groups usergroups.users.list knows: id → member ids (unknown ids get no_such_subteam). */
  readonly userGroups = new Map<string, string[]>();
  /** Messages posted with chat.postMessage, oldest first, by channel. */
  readonly messages = new Map<string, FakeMessage[]>();
  private readonly scripts = new Map<string, Scripted[]>();
  private readonly waiters = new Set<() => void>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private sockets = new Set<WebSocket>();
  /** Seconds part of the last ts handed out; ts values never lag real time, as Slack's do not. */
  private lastTs = 0;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** The next `count` calls to `method` fail with `failure`. */
  failNext(method: string, failure: Failure, count = 1): void {
    this.script(method, { kind: 'fail', failure }, count);
  }

  /**
   * The next `count` calls to `method` are carried out (a chat.postMessage is stored), then the
   * connection drops before any response: Slack accepted the call but the answer was lost.
   */
  loseResponseNext(method: string, count = 1): void {
    this.script(method, { kind: 'lose-response' }, count);
  }

  /** The next `count` calls to `method` are answered as usual: a later scripted failure hits the call after them. */
  answerNext(method: string, count = 1): void {
    this.script(method, { kind: 'answer' }, count);
  }

  private script(method: string, scripted: Scripted, count: number): void {
    const queue = this.scripts.get(method) ?? [];
    for (let i = 0; i < count; i++) queue.push(scripted);
    this.scripts.set(method, queue);
  }

  /** A WebClient talking to this fake; pass the options the code under test builds its client with. */
  webClient(options: WebClientOptions = {}): WebClient {
    return new WebClient('xoxb-test-token', {
      logLevel: LogLevel.ERROR,
      ...options,
      slackApiUrl: this.apiUrl,
    });
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

  /**
   * Closes every Socket Mode connection from the server side (as Slack does before a refresh) and waits for
   * them to go.
   */
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
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A0TEST' },
        debug_info: { host: 'fake' },
      }),
    );
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
      this.responses.push({
        id: url.pathname.slice('/response/'.length),
        body: parseParams(raw, 'application/json'),
        at: Date.now(),
      });
      json(200, { ok: true });
      this.notify();
      return;
    }
    if (!url.pathname.startsWith('/api/')) return json(404, { ok: false, error: 'unknown_path' });
    const method = url.pathname.slice('/api/'.length);
    const params = parseParams(raw, req.headers['content-type']);
    this.calls.push({ method, params, authorization: req.headers.authorization });
    const scripted = this.scripts.get(method)?.shift();
    if (scripted?.kind === 'fail') {
      const { failure } = scripted;
      const headers: Record<string, string> =
        failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
      json(
        failure.status ?? 200,
        failure.error === undefined ? { ok: false } : { ok: false, error: failure.error },
        headers,
      );
    } else {
      const answer = this.answer(method, params);
      if (scripted?.kind === 'lose-response') req.socket.destroy();
      else json(200, answer);
    }
    this.notify();
  }

  private nextTs(): number {
    this.lastTs = Math.max(this.lastTs + 1, Math.floor(Date.now() / 1000));
    return this.lastTs;
  }

  private post(params: Record<string, unknown>): { channel: string; message: FakeMessage } {
    const channel = String(params.channel);
    const message: FakeMessage = { ts: `${this.nextTs()}.000100`, text: String(params.text ?? '') };
    if (Array.isArray(params.blocks)) message.blocks = params.blocks;
    if (params.metadata) message.metadata = params.metadata as FakeMessage['metadata'];
    if (params.thread_ts) message.thread_ts = String(params.thread_ts);
    this.messages.set(channel, [...(this.messages.get(channel) ?? []), message]);
    return { channel, message };
  }

  /** Newest first, from `oldest` on; metadata only with include_all_metadata, as Slack does. One page. */
  private history(params: Record<string, unknown>): Record<string, unknown> {
    const held = this.messages.get(String(params.channel)) ?? [];
    const oldest = Number(params.oldest ?? 0);
    const withMeta = params.include_all_metadata === 'true' || params.include_all_metadata === true;
    const visible = held
      .filter((m) => Number(m.ts) >= oldest)
      .reverse()
      .map((m) => (withMeta ? m : { ...m, metadata: undefined }));
    return { ok: true, messages: visible, has_more: false, response_metadata: { next_cursor: '' } };
  }

  private answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack/',
          team: 'Test',
          user: 'minerals',
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'chat.postMessage': {
        const { channel, message } = this.post(params);
        return { ok: true, channel, ts: message.ts, message };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.nextTs()}.000200` };
      case 'conversations.history':
        return this.history(params);
      case 'users.info': {
        const user = this.users.get(String(params.user));
        return user
          ? { ok: true, user: { id: params.user, name: String(params.user).toLowerCase(), ...user } }
          : { ok: false, error: 'user_not_found' };
      }
      case 'usergroups.users.list': {
        const members = this.userGroups.get(String(params.usergroup));
        return members ? { ok: true, users: members } : { ok: false, error: 'no_such_subteam' };
      }
      default:
        return { ok: true };
    }
  }
}
