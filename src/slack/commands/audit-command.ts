import type { AuditEntry, AuditStore } from '../../storage/audit-store.js';
import { escapeMrkdwn } from '../render/escape-mrkdwn.js';
import { packLines } from '../render/pack-lines.js';
import { renderNotice } from '../render/render-notice.js';
import { fitBlocks } from '../render/slack-limits.js';
import type { Subcommand } from './subcommand.js';

/** Entries `/minerals audit` shows. */
export const AUDIT_SHOWN = 20;

const MARKS: Record<AuditEntry['outcome'], string> = {
  ok: ':white_check_mark:',
  denied: ':lock:',
  refused: ':no_entry_sign:',
  error: ':warning:',
};

/** One line per entry: when (UTC), who, what, on what, how it ended; user text escaped. */
export function describeAuditEntry(entry: AuditEntry): string {
  const when = entry.at.slice(0, 16).replace('T', ' ');
  const target = entry.target.length > 120 ? `${entry.target.slice(0, 119)}…` : entry.target;
  const detail = entry.detail ? ` — ${escapeMrkdwn(entry.detail.slice(0, 200))}` : '';
  return `${MARKS[entry.outcome]} ${when} <@${entry.userId.replace(/[^A-Z0-9]/gi, '')}> \`${escapeMrkdwn(entry.action)}\` ${escapeMrkdwn(target)} (${entry.outcome})${detail}`;
}

/** `/minerals audit` (editors): the last 20 changes and attempts, newest first, only to the asker. */
export function createAuditCommand(deps: { audit: AuditStore }): Subcommand {
  return {
    name: 'audit',
    usage: 'audit',
    description: `Show the last ${AUDIT_SHOWN} changes to the corpus and settings, and who made them (editors).`,
    editorsOnly: { action: 'audit.read', doing: 'read the audit trail' },
    async run({ respond }) {
      const entries = await deps.audit.recent(AUDIT_SHOWN);
      if (entries.length === 0)
        return void (await respond({
          response_type: 'ephemeral',
          ...renderNotice('Nothing changed yet: the audit trail is empty.'),
        }));
      const header = `Last ${entries.length} changes, newest first (times in UTC):`;
      const lines = entries.map(describeAuditEntry);
      await respond({
        response_type: 'ephemeral',
        text: `${header}\n${lines.join('\n')}`,
        blocks: fitBlocks([...renderNotice(header).blocks, ...packLines(lines)]),
      });
    },
  };
}
