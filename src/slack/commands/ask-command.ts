import type { Logger } from '@slack/bolt';
import type { Engine } from '../../engine/index.js';
import { askEngine } from '../ask-engine.js';
import { renderAnswer } from '../render/render-answer.js';
import { renderNotice } from '../render/render-notice.js';
import type { Subcommand } from './subcommand.js';

export interface AskCommandDeps {
  engine: Engine;
  logger: Logger;
  command: string;
}

/** `/minerals ask <question>`: an ephemeral answer with citations and Share / vote / More sources buttons. */
export function createAskCommand(deps: AskCommandDeps): Subcommand {
  return {
    name: 'ask',
    usage: 'ask <question>',
    description: 'Answer a question from the articles, quoting the passages it rests on.',
    rateLimit: 'ask',
    async run({ args, userId, respond }) {
      if (args === '') {
        await respond({
          response_type: 'ephemeral',
          ...renderNotice(`Ask me something, e.g. \`${deps.command} ask Who attended the ministerial?\``),
        });
        return;
      }
      const outcome = askEngine(deps.engine, args, deps.logger);
      const message = outcome.ok
        ? renderAnswer(outcome.answer, { askedBy: userId, shareable: true, votable: true })
        : renderNotice(':warning:', outcome.message);
      await respond({ response_type: 'ephemeral', ...message });
    },
  };
}
