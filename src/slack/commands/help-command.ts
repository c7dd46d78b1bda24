import { renderHelp } from '../render/render-help.js';
import type { Subcommand } from './subcommand.js';

/**
 * `/minerals help`: usage generated from every registered subcommand (read when run, so late additions show).
 */
export function createHelpCommand(deps: {
  command: string;
  examples: string[];
  subcommands: () => Subcommand[];
}): Subcommand {
  return {
    name: 'help',
    usage: 'help',
    description: 'Show this help.',
    async run({ respond }) {
      await respond({
        response_type: 'ephemeral',
        ...renderHelp(deps.command, deps.subcommands(), deps.examples),
      });
    },
  };
}
