/**
 * Slack's documented Block Kit limits, checked on any payload the app sent (message blocks or a
 * view). Returns one line per breach; empty when the payload is within every limit checked.
 */
export function blockKitProblems(
  payload: {
    blocks?: unknown;
    text?: unknown;
    type?: unknown;
    title?: unknown;
    submit?: unknown;
    close?: unknown;
  },
  where: string,
): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${where}: ${what}`);
  const isView = payload.type === 'modal' || payload.type === 'home';
  const blocks = (payload.blocks ?? []) as Array<Record<string, unknown>>;
  if (!Array.isArray(blocks)) return [`${where}: blocks is not an array`];
  if (blocks.length > (isView ? 100 : 50)) fail(`${blocks.length} blocks`);
  if (typeof payload.text === 'string' && payload.text.length > 40_000)
    fail(`text of ${payload.text.length}`);
  for (const key of ['title', 'submit', 'close'] as const) {
    const value = (payload[key] as { text?: string } | undefined)?.text;
    if (value !== undefined && value.length > 24) fail(`${key} "${value}" over 24`);
  }
  const ids = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `block ${i} (${String(block.type)})`;
    const text = (block.text as { text?: string } | undefined)?.text;
    if (block.block_id !== undefined) {
      if (String(block.block_id).length > 255) fail(`${at} block_id over 255`);
      if (ids.has(String(block.block_id))) fail(`${at} repeats block_id ${String(block.block_id)}`);
      ids.add(String(block.block_id));
    }
    if (block.type === 'section' && text !== undefined && (text.length > 3000 || text.length === 0))
      fail(`${at} text of ${text.length}`);
    if (block.type === 'header' && text !== undefined && text.length > 150)
      fail(`${at} header of ${text.length}`);
    const elements = (block.elements ?? []) as Array<Record<string, unknown>>;
    if (block.type === 'context') {
      if (elements.length > 10) fail(`${at} ${elements.length} elements`);
      for (const e of elements)
        if (typeof e.text === 'string' && (e.text.length > 3000 || e.text.length === 0))
          fail(`${at} element text of ${e.text.length}`);
    }
    const buttons = [
      ...(block.type === 'actions' ? elements : []),
      ...(block.accessory ? [block.accessory as Record<string, unknown>] : []),
    ];
    if (block.type === 'actions' && elements.length > 25) fail(`${at} ${elements.length} elements`);
    const actionIds = new Set<string>();
    for (const b of buttons) {
      const label = (b.text as { text?: string } | undefined)?.text ?? '';
      if (b.type === 'button' && label.length > 75) fail(`${at} button text of ${label.length}`);
      if (typeof b.value === 'string' && b.value.length > 2000)
        fail(`${at} button value of ${b.value.length}`);
      if (typeof b.action_id === 'string') {
        if (b.action_id.length > 255) fail(`${at} action_id over 255`);
        if (actionIds.has(b.action_id)) fail(`${at} repeats action_id ${b.action_id}`);
        actionIds.add(b.action_id);
      }
    }
    if (block.type === 'input') {
      const label = (block.label as { text?: string } | undefined)?.text ?? '';
      if (label.length > 2000) fail(`${at} label of ${label.length}`);
    }
  });
  return problems;
}
