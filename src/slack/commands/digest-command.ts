import { buildDigest } from '../../digest/build-digest.js';
import { digestScope } from '../../digest/run-digest.js';
import type { Engine } from '../../engine/index.js';
import { renderDigest } from '../render/render-digest.js';
import type { DigestStore } from '../../storage/digest-store.js';
import type { Subcommand } from './subcommand.js';

export interface DigestCommandDeps {
  engine: Engine;
  store: Pick<DigestStore, 'runs'>;
  /** Where the scheduled digest goes, or null when DIGEST_CHANNEL is unset. */
  channel: string | null;
  now?: () => Date;
}

/** `/minerals digest`: shows, privately, the digest that would be posted now. Posts nothing, records nothing. */
export function createDigestCommand(deps: DigestCommandDeps): Subcommand {
  const now = deps.now ?? (() => new Date());
  return {
    name: 'digest',
    usage: 'digest',
    description: 'Preview the digest that would be posted now (only you see it)',
    async run(ctx) {
      const { exclude, window } = digestScope(await deps.store.runs(), now());
      const digest = buildDigest(deps.engine, { exclude, window });
      const where = deps.channel
        ? `would go to <#${deps.channel}>`
        : 'DIGEST_CHANNEL is not set, so nothing is posted';
      if (digest.stories.length === 0) {
        await ctx.respond({ response_type: 'ephemeral', text: `Nothing new since the last digest, so there is nothing to post (${where}).` });
        return;
      }
      const message = renderDigest(digest, { followUps: false, note: `Preview, not posted · this preview ${where}` });
      await ctx.respond({ response_type: 'ephemeral', ...message });
    },
  };
}
