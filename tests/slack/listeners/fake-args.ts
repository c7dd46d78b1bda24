import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { createLogger } from '../../../src/slack/create-logger.js';

/** Records the order of ack/respond/client calls a listener makes. */
export interface Recorder {
  events: string[];
  responses: Array<Record<string, unknown>>;
  calls: Array<{ method: string; params: Record<string, unknown> }>;
  logs: string[];
  ack: () => Promise<void>;
  respond: (message: unknown) => Promise<void>;
  client: WebClient;
  logger: Logger;
}

/** Fake listener arguments: a client whose methods record calls and can be told to fail. */
export function makeRecorder(failures: Record<string, string> = {}): Recorder {
  const rec: Recorder = {
    events: [],
    responses: [],
    calls: [],
    logs: [],
    ack: async () => {
      rec.events.push('ack');
    },
    respond: async (message) => {
      rec.events.push('respond');
      rec.responses.push(
        typeof message === 'string' ? { text: message } : (message as Record<string, unknown>),
      );
    },
    client: {} as WebClient,
    logger: createLogger({ level: 'debug', write: (line) => rec.logs.push(line) }),
  };
  const method = (name: string) => async (params: Record<string, unknown>) => {
    rec.events.push(name);
    rec.calls.push({ method: name, params });
    const error = failures[name];
    if (error)
      throw Object.assign(new Error(`An API error occurred: ${error}`), {
        code: 'slack_webapi_platform_error',
        data: { ok: false, error },
      });
    return { ok: true, ts: '1.000' };
  };
  rec.client = {
    chat: { postMessage: method('chat.postMessage'), postEphemeral: method('chat.postEphemeral') },
    views: { publish: method('views.publish') },
  } as unknown as WebClient;
  return rec;
}
