import type { App, Receiver, ReceiverEvent } from '@slack/bolt';

/** What the app did with one delivered payload. */
export interface Delivery {
  /** How many times the listener acked (exactly once is right). */
  acks: number;
  /** The body passed to ack(), if any. */
  ackBody: unknown;
}

/**
 * A receiver with no transport: `send` hands a parsed payload straight to the Bolt app, as
 * bolt-js's own tests do. Signature checks and the HTTP layer are covered by http-app.test.ts.
 */
export class FakeReceiver implements Receiver {
  private app: App | undefined;

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Delivers one payload and resolves once Bolt has run its listeners. */
  async send(body: Record<string, unknown>): Promise<Delivery> {
    if (!this.app) throw new Error('FakeReceiver: the app has not been created with this receiver');
    const delivery: Delivery = { acks: 0, ackBody: undefined };
    const event: ReceiverEvent = {
      body,
      ack: async (response) => {
        delivery.acks += 1;
        delivery.ackBody = response;
      },
    };
    await this.app.processEvent(event);
    return delivery;
  }
}
