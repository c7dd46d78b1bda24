/**
 * The first web link in a Slack message: a formatted `<https://…|label>` or `<https://…>` first
 * (Slack formats every link it recognises), else a bare http(s) address. Null when there is none.
 */
export function findFirstLink(text: string): string | null {
  const formatted = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i.exec(text);
  if (formatted) return formatted[1]!.replace(/&amp;/g, '&');
  const bare = /\bhttps?:\/\/[^\s<>]+/i.exec(text);
  return bare ? bare[0].replace(/&amp;/g, '&').replace(/[).,;:!?'"]+$/, '') : null;
}
