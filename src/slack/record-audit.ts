import type { Logger } from '@slack/bolt';
import type { AuditEntry, AuditStore } from '../storage/audit-store.js';
import { errorMessage } from '../error-message.js';

/**
 * Appends to the audit trail (when there is one). A failing store is logged, never thrown:
 * the change itself has already happened and the user still gets their answer.
 */
export async function recordAudit(
  store: AuditStore | undefined,
  logger: Logger,
  entry: Omit<AuditEntry, 'at'> & { at?: string },
): Promise<void> {
  if (!store) return;
  try {
    await store.record({ ...entry, at: entry.at ?? new Date().toISOString() });
  } catch (error) {
    logger.error(`audit: could not record ${entry.action} by ${entry.userId}: ${errorMessage(error)}`);
  }
}
