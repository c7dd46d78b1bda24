import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, WebClient } from '@slack/web-api';

/** A message the fake channel holds. */
export interface FakeMessage {
  ts: string;
  text: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
}

/** What the next call to a method does instead of succeeding. */
export type Scripted =
  | { kind: 'error'; error: string }
  | { kind: 'ratelimit'; retryAfter: number }
  | { kind: 'http'; status: number }
  /** Stores the message, then drops the connection: Slack posted it but the answer was lost. */
  | { kind: 'post-then-drop' };

export interface FakeSlackApi {
  url: string;
  calls: Array<{ method: string; body: Record<string, unknown> }>;
  messages: Map<string, FakeMessage[]>;
  script(method: string, ...next: Scripted[]): void;
  /** A WebClient the way the digest builds one: no blind retries, rate limits surfaced. */
  client(): WebClient;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(raw || '{}');
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // WebClient sends objects (blocks, metadata) as JSON strings inside the form.
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

/** A loopback stand-in for Slack's Web API: chat.postMessage and conversations.history over one store. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: FakeSlackApi['calls'] = [];
  const messages = new Map<string, FakeMessage[]>();
  const scripts = new Map<string, Scripted[]>();
  let clock = 1_800_000_000;

  const server = createServer(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const body = await readBody(req);
    calls.push({ method, body });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const scripted = scripts.get(method)?.shift();
    if (scripted?.kind === 'error') return send(200, { ok: false, error: scripted.error });
    if (scripted?.kind === 'ratelimit') return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(scripted.retryAfter) });
    if (scripted?.kind === 'http') return send(scripted.status, { ok: false });

    if (method === 'chat.postMessage') {
      const channel = String(body.channel);
      const ts = `${(clock += 1)}.000100`;
      const message: FakeMessage = { ts, text: String(body.text ?? '') };
      if (Array.isArray(body.blocks)) message.blocks = body.blocks;
      if (body.metadata) message.metadata = body.metadata as FakeMessage['metadata'];
      if (body.thread_ts) message.thread_ts = String(body.thread_ts);
      messages.set(channel, [...(messages.get(channel) ?? []), message]);
      if (scripted?.kind === 'post-then-drop') return req.socket.destroy();
      return send(200, { ok: true, channel, ts, message });
    }
    if (method === 'conversations.history') {
      const held = messages.get(String(body.channel)) ?? [];
      const oldest = Number(body.oldest ?? 0);
      const withMeta = body.include_all_metadata === 'true' || body.include_all_metadata === true;
      const visible = held
        .filter((m) => Number(m.ts) >= oldest)
        .reverse()
        .map((m) => (withMeta ? m : { ...m, metadata: undefined }));
      return send(200, { ok: true, messages: visible, has_more: false, response_metadata: { next_cursor: '' } });
    }
    return send(200, { ok: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;

  return {
    url,
    calls,
    messages,
    script: (method, ...next) => scripts.set(method, [...(scripts.get(method) ?? []), ...next]),
    client: () => new WebClient('xoxb-test-token', { slackApiUrl: url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logLevel: LogLevel.ERROR }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
