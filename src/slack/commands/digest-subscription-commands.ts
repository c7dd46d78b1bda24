import type { Logger } from '@slack/bolt';
import type { AuditStore } from '../../storage/audit-store.js';
import { onlyEditorsCan, type EditorCheck } from '../create-editor-check.js';
import type { DigestSettingsControl } from '../digest-settings/digest-settings-control.js';
import { openDigestSettings } from '../digest-settings/open-digest-settings.js';
import { escapeMrkdwn } from '../render/escape-mrkdwn.js';
import { describeKeywords } from '../render/render-digest-settings.js';
import { recordAudit } from '../record-audit.js';
import type { Subcommand, SubcommandContext } from './subcommand.js';

export interface DigestSubscriptionDeps {
  control: DigestSettingsControl;
  editors: EditorCheck;
  audit?: AuditStore;
  logger: Logger;
  now?: () => Date;
}

const MAX_KEYWORDS = 20;
const MAX_KEYWORD_LENGTH = 60;

/**
 * `lithium OR cobalt, rare earth` → ["lithium", "cobalt", "rare earth"]: the terms a channel's stories must
 * hold one of.
 */
export function parseKeywords(text: string): string[] {
  const terms = text
    .split(/\s+OR\s+|\s*\|\s*|\s*,\s*/i)
    .map((t) =>
      t
        .trim()
        .replace(/^["'“”]+|["'“”]+$/g, '')
        .replace(/\s+/g, ' '),
    )
    .filter(Boolean);
  return [...new Set(terms.map((t) => t.toLowerCase()))];
}

/**
 * `digest here [keywords]`, `digest off`, `digest settings`: the digest's channels and schedule, set from
 * Slack (editors only).
 */
export function createDigestSubscriptionCommands(deps: DigestSubscriptionDeps): Subcommand[] {
  const now = deps.now ?? (() => new Date());
  const tell = (ctx: SubcommandContext, text: string) => ctx.respond({ response_type: 'ephemeral', text });
  const audit = (
    ctx: SubcommandContext,
    action: string,
    target: string,
    outcome: 'ok' | 'denied' | 'refused',
    detail?: string,
  ) =>
    recordAudit(deps.audit, deps.logger, {
      at: now().toISOString(),
      userId: ctx.userId,
      action,
      target,
      outcome,
      ...(detail ? { detail } : {}),
    });
  const editorOnly = async (ctx: SubcommandContext, action: string, doing: string): Promise<boolean> => {
    if (await deps.editors.isEditor(ctx.userId, ctx.client)) return true;
    await audit(ctx, action, ctx.channelId, 'denied');
    await tell(ctx, onlyEditorsCan(doing, deps.editors));
    return false;
  };

  const here: Subcommand = {
    name: 'digest here',
    usage: 'digest here [keywords]',
    description:
      'Post the daily digest in this channel; with keywords (lithium OR cobalt), only stories about them',
    async run(ctx) {
      if (!/^[CG]/.test(ctx.channelId)) {
        await tell(
          ctx,
          'Run `/minerals digest here` in the channel that should get the digest (not in a direct message).',
        );
        return;
      }
      if (!(await editorOnly(ctx, 'digest.subscribe', 'choose where the digest goes'))) return;
      const keywords = parseKeywords(ctx.args);
      if (keywords.length > MAX_KEYWORDS || keywords.some((k) => k.length > MAX_KEYWORD_LENGTH)) {
        await audit(ctx, 'digest.subscribe', ctx.channelId, 'refused', 'too many or too long keywords');
        await tell(
          ctx,
          `Give at most ${MAX_KEYWORDS} keywords of up to ${MAX_KEYWORD_LENGTH} characters each, e.g. \`/minerals digest here lithium OR cobalt\`. Nothing changed.`,
        );
        return;
      }
      await deps.control.store.subscribe({
        channel: ctx.channelId,
        keywords,
        by: ctx.userId,
        since: now().toISOString(),
      });
      await audit(ctx, 'digest.subscribe', ctx.channelId, 'ok', keywords.join(' OR ') || 'every story');
      const { schedule } = await deps.control.store.get();
      await tell(
        ctx,
        `:white_check_mark: <#${ctx.channelId}> gets the digest with ${describeKeywords(keywords)}, at \`${escapeMrkdwn(schedule.cron)}\` (${escapeMrkdwn(schedule.timeZone)}). If I am not a member yet, \`/invite @minerals\` here.`,
      );
    },
  };

  const off: Subcommand = {
    name: 'digest off',
    usage: 'digest off',
    description: 'Stop posting the digest in this channel',
    async run(ctx) {
      if (!(await editorOnly(ctx, 'digest.unsubscribe', 'choose where the digest goes'))) return;
      const removed = await deps.control.store.unsubscribe(ctx.channelId);
      await audit(
        ctx,
        'digest.unsubscribe',
        ctx.channelId,
        removed ? 'ok' : 'refused',
        removed ? undefined : 'was not subscribed',
      );
      await tell(
        ctx,
        removed
          ? `:white_check_mark: <#${ctx.channelId}> no longer gets the digest.`
          : `<#${ctx.channelId}> was not getting the digest; nothing changed.`,
      );
    },
  };

  const settings: Subcommand = {
    name: 'digest settings',
    usage: 'digest settings',
    description: 'Set the time and time zone of the digest (opens a form)',
    async run(ctx) {
      if (!(await editorOnly(ctx, 'digest.schedule', 'change the digest settings'))) return;
      if (
        !ctx.triggerId ||
        !(await openDigestSettings(ctx.client, ctx.triggerId, deps.control, deps.logger))
      ) {
        await tell(ctx, 'Slack did not let me open the settings form; please try the command again.');
      }
    },
  };

  return [here, off, settings];
}
