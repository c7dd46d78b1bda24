import type { Subcommand } from './subcommand.js';

/** Where `/minerals <text>` goes. */
export type Route =
  | { kind: 'help' }
  | { kind: 'run'; subcommand: Subcommand; args: string }
  | { kind: 'unknown'; typed: string };

/**
 * Splits the command text into subcommand name (case-insensitive) and the rest.
 * A bare `/minerals` is help. Subcommand names may hold one space (`feed add`): the longest match wins.
 */
export function routeSubcommand(text: string, subcommands: readonly Subcommand[]): Route {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'help' };
  const lower = trimmed.toLowerCase();
  const byLength = [...subcommands].sort((a, b) => b.name.length - a.name.length);
  for (const subcommand of byLength) {
    const name = subcommand.name.toLowerCase();
    if (lower === name || lower.startsWith(`${name} `) || lower.startsWith(`${name}\n`)) {
      return { kind: 'run', subcommand, args: trimmed.slice(name.length).trim() };
    }
  }
  return { kind: 'unknown', typed: trimmed.split(/\s+/)[0] ?? trimmed };
}
