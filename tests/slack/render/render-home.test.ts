import { renderHome } from '../../../src/slack/render/render-home.js';

const articles = [
  {
    file: 'b.txt',
    title: 'Newest <one>',
    source: 'PTI',
    date: '2026-02-01',
    url: null,
    passageCount: 4,
    mtimeMs: null,
  },
  { file: 'a.txt', title: 'Older', source: null, date: null, url: null, passageCount: 2, mtimeMs: null },
];

test('home shows article count, newest article, examples and no digest yet', () => {
  const view = renderHome({ articles, lastDigest: null, examples: ['Who attended?'], command: '/minerals' });
  const json = JSON.stringify(view);
  expect(view.type).toBe('home');
  expect(json).toContain('*2 articles*');
  expect(json).toContain('Newest &lt;one&gt;');
  expect(json).not.toContain('Older');
  expect(json).toContain('No digest has been posted yet');
  expect(json).toContain('/minerals ask Who attended?');
});

test('home shows the last digest when there is one', () => {
  const view = renderHome({
    articles,
    lastDigest: { postedAt: '2026-02-02T08:00:00.000Z', channel: 'C0DIGEST', articleCount: 3 },
    examples: [],
    command: '/minerals',
  });
  const json = JSON.stringify(view);
  expect(json).toContain('<#C0DIGEST>');
  expect(json).toContain('covering 3 articles');
  expect(json).toContain(`<!date^${Date.parse('2026-02-02T08:00:00.000Z') / 1000}^`);
});
