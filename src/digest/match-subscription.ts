import { compileKeywords } from '../corpus/match-keywords.js';
import type { Article } from '../engine/index.js';
import type { DigestSubscription } from '../storage/digest-settings-store.js';

/**
 * Whether an article belongs in a channel's digest: its title or text holds one of the channel's keywords
 * (any, when none).
 */
export function matchSubscription(
  subscription: Pick<DigestSubscription, 'keywords'>,
): (article: Article) => boolean {
  if (subscription.keywords.length === 0) return () => true;
  const test = compileKeywords(subscription.keywords.join(' OR '));
  return (article) => test(article.title) || article.passages.some((p) => test(p.text));
}
