import type { KnownBlock } from '@slack/types';
import type { SlackMessage } from './slack-message.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { fitBlocks } from './slack-limits.js';
import { escapeAndTruncate } from './truncate-text.js';

/** What help needs to know about a subcommand (a `Subcommand` fits). */
export interface HelpEntry {
  usage: string;
  description: string;
}

/** Usage of `/minerals`, generated from the registered subcommands, with example questions. */
export function renderHelp(command: string, entries: HelpEntry[], examples: string[]): SlackMessage {
  const lines = entries.map(
    (e) => `• \`${command} ${escapeMrkdwn(e.usage)}\` — ${escapeMrkdwn(e.description)}`,
  );
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `:gem: *${command}* answers questions about critical-minerals news, quoting the articles it read.`,
      },
    },
    { type: 'section', text: { type: 'mrkdwn', text: `*Commands*\n${lines.join('\n')}` } },
  ];
  if (examples.length > 0) {
    const tries = renderExampleLines(command, examples);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Try*\n${tries}` } });
  }
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: 'You can also mention me in a channel or send me a direct message with a question.',
      },
    ],
  });
  return { text: `${command} help: ${entries.map((e) => e.usage).join(', ')}`, blocks: fitBlocks(blocks) };
}

/** The reply to an unknown subcommand: short, names what was typed, points at help. */
export function renderUnknownSubcommand(command: string, typed: string, names: string[]): SlackMessage {
  const known = names.map((n) => `\`${n}\``).join(', ');
  const text =
    `I don't know \`${escapeAndTruncate(typed, 60)}\`. Subcommands: ${known}.` +
    ` Ask a question with \`${command} ask <question>\`; \`${command} help\` shows everything.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** Example questions as ready-to-type commands, one bullet each (user-editable text escaped). */
export function renderExampleLines(command: string, examples: readonly string[]): string {
  return examples.map((q) => `• \`${command} ask ${escapeMrkdwn(q)}\``).join('\n');
}
