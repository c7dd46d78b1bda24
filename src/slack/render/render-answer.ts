import type { Button, KnownBlock } from '@slack/types';
import { spanAbove, type Answer, type AnswerFact, type Citation } from '../../engine/index.js';
import { ACTION_IDS, questionButtonValue } from '../action-ids.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { groupFacts } from './group-facts.js';
import { renderCitation } from './render-citation.js';
import { fitBlocks, SLACK_LIMITS } from './slack-limits.js';
import type { SlackMessage } from './slack-message.js';
import { escapeAndTruncate } from './truncate-text.js';

export interface RenderAnswerOptions {
  /** Slack user id of whoever asked, shown as a mention (a real id, never user text). */
  askedBy?: string;
  /** Offer "Share in channel" (only makes sense on an ephemeral reply). */
  shareable?: boolean;
  /** Show the Helpful / Not helpful buttons. */
  votable?: boolean;
  /** Who shared it, when this is the public copy. */
  sharedBy?: string;
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function button(text: string, actionId: string, value: string, style?: 'primary'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

/**
 * A typed answer's text: one line per kind ("*People:* Ashwini Vaishnaw [1, 2]") with the host on
 * its own line, when the values are of several kinds; else the engine's one-line answer. Escaped.
 */
function answerText(text: string, facts: AnswerFact[] | undefined, room: number): string {
  const groups = groupFacts(facts);
  if (!groups) return escapeAndTruncate(text, room);
  const value = (f: AnswerFact) => `${escapeMrkdwn(f.value)} [${f.refs.join(', ')}]`;
  const lines = groups.map((g) => `*${g.label}:* ${g.facts.map(value).join(', ')}`).join('\n');
  return lines.length <= room ? lines : escapeAndTruncate(text, room);
}

function citationBlocks(citations: Citation[], first: number): KnownBlock[] {
  return citations.map((citation, i) => renderCitation(citation, first + i));
}

function actionsBlock(answer: Answer, options: RenderAnswerOptions): KnownBlock | null {
  const value = questionButtonValue(answer.question);
  if (value === null) return null;
  const buttons: Button[] = [];
  if (options.votable !== false && answer.found) {
    buttons.push(button(':thumbsup: Helpful', ACTION_IDS.voteHelpful, value));
    buttons.push(button(':thumbsdown: Not helpful', ACTION_IDS.voteNotHelpful, value));
  }
  if (options.shareable && answer.found)
    buttons.push(button('Share in channel', ACTION_IDS.share, value, 'primary'));
  if (answer.more.length > 0)
    buttons.push(button(`More sources (${answer.more.length})`, ACTION_IDS.moreSources, value));
  return buttons.length > 0
    ? { type: 'actions', block_id: 'minerals_answer_actions', elements: buttons }
    : null;
}

/** Plain-text fallback for notifications and clients without Block Kit (escaped: Slack parses it too). */
function fallbackText(answer: Answer): string {
  const sources = answer.citations.length;
  const suffix = answer.found ? ` (${sources} source${sources === 1 ? '' : 's'})` : '';
  return escapeAndTruncate(`${answer.answer}${suffix}`, SLACK_LIMITS.fallbackText);
}

/**
 * The answer message: who asked and what, the short answer, then each citation quoted verbatim
 * with its article's title, source and date; buttons last. Everything from the user or an
 * article is escaped; the result respects the 50-block and 3,000-character limits.
 */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): SlackMessage {
  const blocks: KnownBlock[] = [];
  const asker =
    options.askedBy && USER_ID.test(options.askedBy) ? `<@${options.askedBy}> asked: ` : 'Question: ';
  blocks.push(
    context(`:mag: ${asker}*${escapeAndTruncate(answer.question, SLACK_LIMITS.contextElementText - 200)}*`),
  );

  if (answer.groups && answer.groups.length > 0 && answer.found) {
    // The answer's [n] markers count through answer.citations, so groups keep those numbers.
    const numberOf = (c: Citation) => answer.citations.findIndex((x) => x.passageId === c.passageId) + 1;
    const shown = new Set<string>();
    blocks.push(section(`The articles describe ${answer.groups.length} matching events:`));
    for (const group of answer.groups) {
      const label = `*${escapeAndTruncate(group.label, 200)}*\n`;
      blocks.push(
        section(label + answerText(group.answer, group.facts, SLACK_LIMITS.sectionText - label.length)),
      );
      for (const citation of group.citations) {
        if (shown.has(citation.passageId) || numberOf(citation) === 0) continue;
        shown.add(citation.passageId);
        blocks.push(renderCitation(citation, numberOf(citation)));
      }
    }
    answer.citations.forEach((citation, i) => {
      if (!shown.has(citation.passageId)) blocks.push(renderCitation(citation, i + 1));
    });
  } else if (answer.found) {
    const span = spanAbove(answer);
    const head = span ? `*${escapeAndTruncate(span, 300)}*\n` : '';
    blocks.push(
      section(head + answerText(answer.answer, answer.facts, SLACK_LIMITS.sectionText - head.length)),
    );
    blocks.push(...citationBlocks(answer.citations, 1));
  } else {
    blocks.push(
      section(`:grey_question: ${escapeAndTruncate(answer.answer, SLACK_LIMITS.sectionText - 20)}`),
    );
    if (answer.closest.length > 0) {
      blocks.push(context('Closest matches in the articles:'));
      blocks.push(...citationBlocks(answer.closest, 1));
    }
  }

  if (options.sharedBy && USER_ID.test(options.sharedBy))
    blocks.push(context(`Shared by <@${options.sharedBy}>`));
  const actions = actionsBlock(answer, options);
  if (actions) blocks.push(actions);
  return {
    text: fallbackText(answer),
    blocks: fitBlocks(blocks, SLACK_LIMITS.blocksPerMessage, actions ? 1 : 0),
  };
}

/** The passages behind "More sources": those that matched beyond the ones shown, numbered on. */
export function renderMoreSources(answer: Answer): SlackMessage {
  const shown = answer.citations.length;
  const header = context(`More passages for *${escapeAndTruncate(answer.question, 2500)}*`);
  if (answer.more.length === 0) {
    return {
      text: 'No further passages matched.',
      blocks: [header, section('No further passages matched.')],
    };
  }
  const blocks = fitBlocks([header, ...citationBlocks(answer.more, shown + 1)]);
  return {
    text: escapeAndTruncate(
      `${answer.more.length} more passage(s) for: ${answer.question}`,
      SLACK_LIMITS.fallbackText,
    ),
    blocks,
  };
}
