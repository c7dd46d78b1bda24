/** ISO yyyy-mm-dd from a machine-readable date; the literal calendar date wins over a UTC shift. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const literal = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (literal) return `${literal[1]}-${literal[2]}-${literal[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}
