import type { KnownBlock, SectionBlock } from '@slack/types';
import { ACTION_IDS } from '../../../src/slack/action-ids.js';
import { renderAnswer, renderMoreSources } from '../../../src/slack/render/render-answer.js';
import { SLACK_LIMITS } from '../../../src/slack/render/slack-limits.js';
import { makeAnswer, makeCitation } from '../support/make-answer.js';

/**
 * Everything Slack displays or parses: block JSON minus button values (data sent back to us, never rendered).
 */
function allText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks, (key, value: unknown) => (key === 'value' ? undefined : value));
}

function actionIds(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? String(e.action_id) : '')) : [],
  );
}

test('a question holding <!channel> or <@U123> is escaped everywhere, fallback text included', () => {
  const message = renderAnswer(
    makeAnswer({ question: 'hey <!channel> and <@U123> what?', answer: 'See <!here> & co' }),
    { askedBy: 'U0ASKER' },
  );
  const json = allText(message.blocks) + message.text;
  expect(json).not.toContain('<!channel>');
  expect(json).not.toContain('<@U123>');
  expect(json).not.toContain('<!here>');
  expect(json).toContain('&lt;!channel&gt;');
  expect(message.text).toContain('&amp; co');
  expect(allText(message.blocks)).toContain('<@U0ASKER>');
});

test('askedBy that is not a Slack user id is never turned into a mention', () => {
  const message = renderAnswer(makeAnswer(), { askedBy: '!channel' });
  expect(allText(message.blocks)).not.toContain('<!channel');
  expect(allText(message.blocks)).not.toContain('<@');
});

test('each citation is a verbatim quote naming its article title, source and date', () => {
  const citation = makeCitation({
    quote: 'India & the US signed a pact.',
    title: 'Pact <signed>',
    source: 'ANI',
    date: '2026-02-19',
  });
  const message = renderAnswer(makeAnswer({ citations: [citation] }));
  const section = message.blocks.find(
    (b) => b.type === 'section' && (b as SectionBlock).text?.text.includes('pact'),
  ) as SectionBlock;
  expect(section.text?.text).toContain('>India &amp; the US signed a pact.');
  expect(section.text?.text).toContain('*Pact &lt;signed&gt;*');
  expect(section.text?.text).toContain('ANI');
  expect(section.text?.text).toContain('19 Feb 2026');
});

test('long quotes are cut at a word boundary with an ellipsis and sections stay within 3,000 chars', () => {
  const quote = 'word '.repeat(1500).trim();
  const message = renderAnswer(
    makeAnswer({ citations: [makeCitation({ quote })], answer: 'x '.repeat(2000) }),
  );
  for (const block of message.blocks) {
    if (block.type === 'section')
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  }
  expect(allText(message.blocks)).toContain('word…');
});

test('never more than 50 blocks, and the buttons survive the cut', () => {
  const citations = Array.from({ length: 80 }, (_, i) =>
    makeCitation({ quote: `Quote ${i}`, passageId: `a#${i}` }),
  );
  const message = renderAnswer(makeAnswer({ citations, more: [makeCitation()] }), { shareable: true });
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  expect(message.blocks.at(-1)?.type).toBe('actions');
  expect(allText(message.blocks)).toContain('left out');
});

test('buttons: vote always, share only when shareable, more sources only when more matched', () => {
  const plain = renderAnswer(makeAnswer());
  expect(actionIds(plain.blocks)).toEqual([ACTION_IDS.voteHelpful, ACTION_IDS.voteNotHelpful]);
  const full = renderAnswer(makeAnswer({ more: [makeCitation()] }), { shareable: true });
  expect(actionIds(full.blocks)).toEqual([
    ACTION_IDS.voteHelpful,
    ACTION_IDS.voteNotHelpful,
    ACTION_IDS.share,
    ACTION_IDS.moreSources,
  ]);
  const buttonValues = full.blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.map((e) => ('value' in e ? e.value : '')) : [],
  );
  expect(new Set(buttonValues)).toEqual(new Set(['Who attended?']));
});

test('a question too long for a button value gets no buttons rather than a rejected message', () => {
  const message = renderAnswer(makeAnswer({ question: 'q'.repeat(SLACK_LIMITS.buttonValue + 1) }), {
    shareable: true,
  });
  expect(actionIds(message.blocks)).toEqual([]);
});

test('not found: says so, offers closest matches, no share button', () => {
  const message = renderAnswer(
    makeAnswer({
      found: false,
      answer: 'The articles do not say.',
      citations: [],
      closest: [makeCitation({ quote: 'Nearby text.' })],
    }),
    { shareable: true },
  );
  expect(allText(message.blocks)).toContain('The articles do not say.');
  expect(allText(message.blocks)).toContain('Closest matches');
  expect(allText(message.blocks)).toContain('>Nearby text.');
  expect(actionIds(message.blocks)).not.toContain(ACTION_IDS.share);
});

test('grouped answers show each event with its citations, keeping the numbers the answer text uses', () => {
  const first = makeCitation({ quote: 'First.', passageId: 'a#1' });
  const second = makeCitation({ quote: 'Second.', passageId: 'a#2' });
  const message = renderAnswer(
    makeAnswer({
      answer: 'Finance Ministerial: A [1]. Critical Minerals Ministerial: B [2]',
      citations: [first, second],
      groups: [
        { label: 'Critical Minerals Ministerial', answer: 'B [2]', citations: [second] },
        { label: 'Finance Ministerial', answer: 'A [1]', citations: [first] },
      ],
    }),
  );
  const text = allText(message.blocks);
  expect(text).toContain('2 matching events');
  expect(text.indexOf('Critical Minerals Ministerial*')).toBeLessThan(text.indexOf('*[2]*\\n>Second.'));
  expect(text.indexOf('*[2]*\\n>Second.')).toBeLessThan(text.indexOf('Finance Ministerial*'));
  expect(text.indexOf('Finance Ministerial*')).toBeLessThan(text.indexOf('*[1]*\\n>First.'));
  // The combined answer is not repeated above the groups.
  expect(text).not.toContain('Finance Ministerial: A [1]');
});

test('more sources numbers on after the shown citations', () => {
  const message = renderMoreSources(
    makeAnswer({ more: [makeCitation({ quote: 'Extra one.' }), makeCitation({ quote: 'Extra two.' })] }),
  );
  const text = allText(message.blocks);
  expect(text).toContain('*[2]*');
  expect(text).toContain('*[3]*');
  expect(text).toContain('>Extra two.');
});
