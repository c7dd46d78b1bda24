import { buildDigest } from '../../digest/build-digest.js';
import { matchSubscription } from '../../digest/match-subscription.js';
import { digestScope } from '../../digest/run-digest.js';
import type { Engine } from '../../engine/index.js';
import type { DigestSettingsStore } from '../../storage/digest-settings-store.js';
import type { DigestStore } from '../../storage/digest-store.js';
import { renderDigest } from '../render/render-digest.js';
import { describeSubscriptions } from '../render/render-digest-settings.js';
import type { Subcommand } from './subcommand.js';

export interface DigestCommandDeps {
  engine: Engine;
  store: Pick<DigestStore, 'runs'>;
  settings: Pick<DigestSettingsStore, 'get'>;
  now?: () => Date;
}

/**
 * `/minerals digest`: shows, privately, the digest this channel would get now (its keywords
 * applied), or the whole digest where the channel is not subscribed. Posts nothing, records nothing.
 */
export function createDigestCommand(deps: DigestCommandDeps): Subcommand {
  const now = deps.now ?? (() => new Date());
  return {
    name: 'digest',
    usage: 'digest',
    description: 'Preview the digest that would be posted now (only you see it)',
    async run(ctx) {
      const { subscriptions } = await deps.settings.get();
      const mine = subscriptions.find((s) => s.channel === ctx.channelId);
      const { exclude, window } = digestScope(await deps.store.runs(), now(), mine?.channel);
      const digest = buildDigest(deps.engine, {
        exclude,
        window,
        ...(mine ? { include: matchSubscription(mine) } : {}),
      });
      const where = mine
        ? `would go to <#${mine.channel}>`
        : `this channel is not subscribed (\`/minerals digest here\`). Subscribed:\n${describeSubscriptions(subscriptions)}`;
      if (digest.stories.length === 0) {
        await ctx.respond({
          response_type: 'ephemeral',
          text: `Nothing new since the last digest, so there is nothing to post; ${where}`,
        });
        return;
      }
      const message = renderDigest(digest, {
        followUps: false,
        preview: true,
        note: `Preview, not posted · ${mine ? `this preview ${where}` : 'this channel is not subscribed'}`,
      });
      await ctx.respond({ response_type: 'ephemeral', ...message });
    },
  };
}
