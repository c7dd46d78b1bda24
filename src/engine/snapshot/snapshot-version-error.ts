/**
 * Thrown when a snapshot is whole but of another (older or newer) version than this build reads:
 * unlike a damaged one, there is nothing to look into, and it is rebuilt from the articles.
 */
export class SnapshotVersionError extends Error {
  constructor(
    /** Which layer's version differs. */
    readonly part: 'engine' | 'search index',
    readonly found: unknown,
    readonly expected: number,
  ) {
    super(`${part} snapshot: unsupported version ${String(found)} (expected ${expected})`);
    this.name = 'SnapshotVersionError';
  }
}
