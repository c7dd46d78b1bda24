/** A Markdown table (also readable as plain text in a terminal). */
export function formatTable(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = rows.map((row) => row.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${widths.map((w, i) => (row[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join(
    '\n',
  );
}

/** Fixed decimals, or "n/a" for a missing figure. */
export const fixed = (value: number | undefined, digits = 3): string =>
  value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
