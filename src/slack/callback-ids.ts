/**
 * callback_id of every shortcut and modal; manifest.yml and manifest.socket.yml name the shortcuts the same
 * way.
 */
export const CALLBACK_IDS = {
  /** Message shortcut: answer the message's text as a question, privately. */
  askMessage: 'minerals_ask_message',
  /** Message shortcut: add the first link in the message to the corpus (editors). */
  addLink: 'minerals_add_link',
  /** Global shortcut: a modal with a question field. */
  ask: 'minerals_ask',
  /** The question modal's submission. */
  askModal: 'minerals_ask_modal',
  /** The digest time and time zone modal's submission. */
  digestSettingsModal: 'minerals_digest_settings_modal',
} as const;
