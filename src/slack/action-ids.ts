import { SLACK_LIMITS } from './render/slack-limits.js';

/** action_id of every button the app renders; listeners match on these. */
export const ACTION_IDS = {
  voteHelpful: 'minerals_vote_helpful',
  voteNotHelpful: 'minerals_vote_not_helpful',
  share: 'minerals_share',
  moreSources: 'minerals_more_sources',
  /** A digest story's follow-up button; its value is the question, answered in the digest's thread. */
  digestFollowUp: 'minerals_digest_follow_up',
  /** `/minerals sources` paging; the value is the page (1-based) to show. */
  sourcesNext: 'minerals_sources_next',
  /** App Home (editors): opens the digest settings modal. */
  digestSettingsOpen: 'minerals_digest_settings_open',
  sourcesPrevious: 'minerals_sources_previous',
} as const;

/**
 * Buttons carry the question (not the answer) and the listener re-asks it, which keeps
 * values under Slack's 2,000-character cap. Returns null when the question cannot fit.
 */
export function questionButtonValue(question: string): string | null {
  return question.length > 0 && question.length <= SLACK_LIMITS.buttonValue ? question : null;
}
