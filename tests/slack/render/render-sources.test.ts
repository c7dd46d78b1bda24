import { renderSources } from '../../../src/slack/render/render-sources.js';
import { SLACK_LIMITS } from '../../../src/slack/render/slack-limits.js';

const summary = (i: number) => ({
  file: `${i}.txt`,
  title: `Title ${i} <b>`,
  source: 'ANI',
  date: '2026-01-0' + ((i % 9) + 1),
  url: null,
  passageCount: i,
  mtimeMs: null,
});

test('lists title, source, date and passage count for every article, escaped', () => {
  const message = renderSources([summary(1), summary(2)]);
  const json = JSON.stringify(message.blocks);
  expect(json).toContain('Title 1 &lt;b&gt;');
  expect(json).toContain('ANI');
  expect(json).toContain('2 Jan 2026');
  expect(json).toContain('1 passage');
  expect(json).toContain('2 passages');
  expect(message.text).toContain('2 articles');
});

test('a large corpus stays within block and section limits', () => {
  const message = renderSources(Array.from({ length: 2000 }, (_, i) => summary(i)));
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  for (const block of message.blocks)
    if (block.type === 'section')
      expect(block.text?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
});

test('an empty corpus says how to add articles', () => {
  expect(renderSources([]).text).toContain('seeds');
});
