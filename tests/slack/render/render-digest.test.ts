import type { KnownBlock } from '@slack/types';
import { ACTION_IDS } from '../../../src/slack/action-ids.js';
import { renderDigest, renderEmptyDigest } from '../../../src/slack/render/render-digest.js';
import { digest, story } from '../../support/digest-fixture.js';

/** Every piece of text Slack will parse, per block. */
function texts(block: KnownBlock): string[] {
  const b = block as { text?: { text: string }; elements?: Array<{ text?: string | { text: string } }> };
  const own = b.text ? [b.text.text] : [];
  const inner = (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? '')));
  return [...own, ...inner];
}

test('a story shows its headline, numbered verbatim quotes, facts, every source and a follow-up button', () => {
  const { blocks, text } = renderDigest(digest([story(1)]));
  const all = blocks.flatMap(texts).join('\n');
  expect(all).toContain('Story 1: ministers &lt;@U123&gt; meet &amp; agree');
  expect(all).toContain('end2 *[3]*');
  expect(all).toMatch(/\*People:\* Scott Bessent, Ashwini Vaishnaw/);
  expect(all).toContain('12 Jan 2026');
  for (const i of [0, 1, 2]) expect(all).toContain(`Story 1 report ${i} &lt;!channel&gt; &amp; friends`);
  expect(all).toContain('*<https://example.com/1/1|');
  const button = blocks.find((b) => b.type === 'actions') as {
    elements: Array<{ action_id: string; value: string }>;
  };
  expect(button.elements[0]).toMatchObject({
    action_id: ACTION_IDS.digestFollowUp,
    value: 'What happened at the Finance Ministerial 1?',
  });
  expect(text).toContain('1 story from 3 articles');
  expect(text).not.toMatch(/<[@!]/);
});

test('past Slack limits the top stories come first and every other story follows, in order, in thread pages', () => {
  const { blocks, text, rest } = renderDigest(
    digest(Array.from({ length: 20 }, (_, i) => story(i + 1, 4000))),
  );
  const all = [{ blocks, text }, ...rest];
  for (const message of all) {
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const block of message.blocks)
      for (const t of texts(block)) expect(t.length).toBeLessThanOrEqual(3000);
    expect(message.text.length).toBeLessThanOrEqual(4000);
    expect(message.blocks.flatMap(texts).join('\n')).not.toMatch(/<!channel>|<@U123>/);
  }
  const shown = blocks.filter((b) => b.type === 'actions').length;
  expect(shown).toBeGreaterThan(5);
  expect(blocks.flatMap(texts).join('\n')).toContain(
    `Stories ${shown + 1}–20 (${20 - shown} more stories) follow in this message's thread`,
  );
  const ranks = all.flatMap((m) =>
    m.blocks.flatMap(texts).flatMap((t) => [...t.matchAll(/^\*(\d+)\. Story/gm)].map((x) => Number(x[1]))),
  );
  expect(ranks).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
});

test('a story with more sources than fit lists whole lines and counts the rest, never a cut link', () => {
  const many = {
    ...story(1),
    sources: Array.from({ length: 60 }, (_, i) => ({
      file: `f${i}.txt`,
      title: `Report ${i} on the ministerial and its many attendees`,
      source: 'Wire',
      url: `https://example.com/${i}/a-rather-long-path-for-the-article`,
      date: '2026-01-12',
    })),
  };
  const { blocks } = renderDigest(digest([many]));
  const sources = blocks.flatMap(texts).find((t) => t.startsWith('*[1]*'))!;
  expect(sources.length).toBeLessThanOrEqual(3000);
  expect(sources).toMatch(/…and \d+ more sources$/);
  expect((sources.match(/</g) ?? []).length).toBe((sources.match(/>/g) ?? []).length);
});

test('a preview has no follow-up buttons and says it was not posted', () => {
  const { blocks } = renderDigest(digest([story(1)]), { followUps: false, note: 'Preview, not posted' });
  expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  expect(blocks.flatMap(texts).join('\n')).toContain('Preview, not posted');
});

test('the empty-day line', () => {
  expect(
    renderEmptyDigest({ from: '2026-01-13T08:00:00.000Z', to: '2026-01-14T08:00:00.000Z' }).text,
  ).toMatch(/no new articles \(New since 13 Jan 2026/);
});
