import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { routeSubcommand } from './route-subcommand.js';
import type { SubcommandContext } from './subcommand.js';
import { renderHelp, renderUnknownSubcommand } from '../render/render-help.js';
import { renderNotice } from '../render/render-notice.js';
import { onlyEditorsCan } from '../create-editor-check.js';
import { recordAudit } from '../record-audit.js';
import { respondSafely } from '../respond-safely.js';
import { takeRateLimit } from '../take-rate-limit.js';
import type { ListenerDeps } from '../listener-deps.js';

/** `/minerals [subcommand] [args]`: acks at once, then dispatches to the registered subcommand. */
export function createMineralsCommand(deps: ListenerDeps) {
  return async function mineralsCommand({
    command,
    ack,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    await ack();
    // Acked at once even while the corpus loads; the answer follows when it is ready.
    await deps.ready?.();
    const route = routeSubcommand(command.text ?? '', deps.subcommands);
    if (route.kind === 'help') {
      await respondSafely(
        respond,
        { response_type: 'ephemeral', ...renderHelp(deps.command, deps.subcommands, deps.examples) },
        deps.logger,
      );
      return;
    }
    if (route.kind === 'unknown') {
      const names = deps.subcommands.map((s) => s.name);
      await respondSafely(
        respond,
        { response_type: 'ephemeral', ...renderUnknownSubcommand(deps.command, route.typed, names) },
        deps.logger,
      );
      return;
    }
    const { subcommand } = route;
    const say = (text: string) =>
      respondSafely(respond, { response_type: 'ephemeral', ...renderNotice(text) }, deps.logger);
    if (subcommand.editorsOnly && !(await deps.editors.isEditor(command.user_id, client))) {
      await recordAudit(deps.audit, deps.logger, {
        userId: command.user_id,
        action: subcommand.editorsOnly.action,
        target: route.args.slice(0, 500),
        outcome: 'denied',
      });
      await say(onlyEditorsCan(subcommand.editorsOnly.doing, deps.editors));
      return;
    }
    const limited = subcommand.rateLimit
      ? await takeRateLimit(deps, subcommand.rateLimit, command.user_id, subcommand.name)
      : null;
    if (limited) {
      await say(limited);
      return;
    }
    const context: SubcommandContext = {
      args: route.args,
      userId: command.user_id,
      channelId: command.channel_id,
      respond,
      client,
      triggerId: command.trigger_id,
    };
    try {
      await route.subcommand.run(context);
    } catch (error) {
      deps.logger.error(`${deps.command} ${route.subcommand.name} failed`, error);
      const notice = renderNotice(
        `:warning: Something went wrong running \`${route.subcommand.name}\`. It has been logged; please try again.`,
      );
      await respondSafely(respond, { response_type: 'ephemeral', ...notice }, deps.logger);
    }
  };
}
