import type { KnownBlock, ModalView } from '@slack/types';

/** The parts a modal is built from; the rest (type, plain_text wrappers) is the same for every modal. */
export interface ModalParts {
  callbackId: string;
  title: string;
  submit: string;
  close: string;
  blocks: KnownBlock[];
}

/** A modal view from its callback id, button labels and blocks. */
export function renderModal({ callbackId, title, submit, close, blocks }: ModalParts): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: { type: 'plain_text', text: title },
    submit: { type: 'plain_text', text: submit },
    close: { type: 'plain_text', text: close },
    blocks,
  };
}
