import { renderLink } from '../../../src/slack/render/render-link.js';
import { renderCitation } from '../../../src/slack/render/render-citation.js';
import { makeCitation } from '../support/make-answer.js';

test('links an http(s) title; no address, or any other scheme, leaves the label alone', () => {
  expect(renderLink('https://a.example/x?y=1&z=2', 'Title')).toBe('<https://a.example/x?y=1&amp;z=2|Title>');
  expect(renderLink(null, 'Title')).toBe('Title');
  expect(renderLink('javascript:alert(1)', 'Title')).toBe('Title');
  expect(renderLink('not a url', 'Title')).toBe('Title');
});

test('an address cannot close the link early or inject markup', () => {
  const link = renderLink('https://a.example/a|b><!channel>', 'T');
  expect(link).toMatch(/^<https:\/\/a\.example\/a%7Cb%3E%3C!channel%3E\|T>$/);
});

test('a citation with a url links its title', () => {
  const block = renderCitation(makeCitation({ url: 'https://news.example/story', title: 'A <b> story' }), 1);
  expect(JSON.stringify(block)).toContain('*<https://news.example/story|A &lt;b&gt; story>*');
});
