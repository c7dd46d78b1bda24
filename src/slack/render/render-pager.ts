import type { Button, KnownBlock } from '@slack/types';

/** Which page of how many, 1-based. */
export interface PageInfo {
  page: number;
  pageCount: number;
}

/** Splits `items` into pages of `size`, clamping `page` into range. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): PageInfo & { items: T[]; first: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const first = (current - 1) * size;
  return { page: current, pageCount, items: items.slice(first, first + size), first };
}

/**
 * "Previous" / "Next" buttons whose values are the page each one shows; null on a single page.
 * The listener re-reads the list when clicked, so a page always shows the list as it is now.
 */
export function renderPager(
  info: PageInfo,
  actionIds: { previous: string; next: string },
  blockId: string,
): KnownBlock | null {
  if (info.pageCount <= 1) return null;
  const buttons: Button[] = [];
  if (info.page > 1)
    buttons.push({
      type: 'button',
      text: { type: 'plain_text', text: '← Previous' },
      action_id: actionIds.previous,
      value: String(info.page - 1),
    });
  if (info.page < info.pageCount)
    buttons.push({
      type: 'button',
      text: { type: 'plain_text', text: 'Next →' },
      action_id: actionIds.next,
      value: String(info.page + 1),
    });
  return { type: 'actions', block_id: blockId, elements: buttons };
}
