/**
 * Escapes the three characters Slack treats as control sequences in mrkdwn and plain text,
 * so article or user text like `<!channel>` or `<@U123>` is shown, never acted on.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
