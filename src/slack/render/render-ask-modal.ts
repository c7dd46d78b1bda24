import type { KnownBlock, ModalView } from '@slack/types';
import { CALLBACK_IDS } from '../callback-ids.js';
import type { SlackMessage } from './slack-message.js';
import { fitBlocks } from './slack-limits.js';
import { renderModal } from './render-modal.js';

/** block_id / action_id of the question field. */
export const ASK_MODAL_INPUT = { block: 'minerals_question', action: 'minerals_question_input' } as const;

const MODAL_BLOCKS = 100;
const MAX_QUESTION = 500;

/** The global shortcut's modal: one question field. */
export function renderAskModal(initial = ''): ModalView {
  return renderModal({
    callbackId: CALLBACK_IDS.askModal,
    title: 'Ask minerals',
    submit: 'Ask',
    close: 'Close',
    blocks: [
      {
        type: 'input',
        block_id: ASK_MODAL_INPUT.block,
        label: { type: 'plain_text', text: 'Your question about the news' },
        element: {
          type: 'plain_text_input',
          action_id: ASK_MODAL_INPUT.action,
          max_length: MAX_QUESTION,
          placeholder: { type: 'plain_text', text: 'Who attended the ministerial?' },
          ...(initial ? { initial_value: initial.slice(0, MAX_QUESTION) } : {}),
        },
      },
    ],
  });
}

/**
 * The answer shown in the same modal, with the question field below for another try. Buttons are
 * left out: they answer through a message's response_url, which a modal does not have.
 */
export function renderAnswerModal(message: SlackMessage, question: string): ModalView {
  const answerBlocks = message.blocks.filter((b) => b.type !== 'actions');
  const again = renderAskModal(question).blocks;
  const blocks: KnownBlock[] = [
    ...fitBlocks(answerBlocks, MODAL_BLOCKS - again.length - 1),
    { type: 'divider' },
    ...(again as KnownBlock[]),
  ];
  return { ...renderAskModal(question), submit: { type: 'plain_text', text: 'Ask again' }, blocks };
}
