import { createHash } from 'node:crypto';

/** An article's content hash (`Article.hash`): what decides whether a file changed and must be re-indexed. */
export function hashArticle(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
