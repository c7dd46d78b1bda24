/** Why an article or feed could not be added. */
export type IngestErrorCode =
  | 'bad_url'
  | 'private_address'
  | 'unreachable'
  | 'timeout'
  | 'http_status'
  | 'not_html'
  | 'too_large'
  | 'no_text'
  | 'bad_feed'
  | 'not_text'
  | 'not_found'
  | 'write_failed';

/**
 * A refusal to ingest something. `message` is user-facing (plain text, not escaped for mrkdwn);
 * whatever raised it has stored nothing.
 */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly code: IngestErrorCode,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

/** Errors worth retrying on a later feed poll (the page may come back). */
export function isTransient(error: unknown): boolean {
  return error instanceof IngestError && (error.code === 'unreachable' || error.code === 'timeout');
}
