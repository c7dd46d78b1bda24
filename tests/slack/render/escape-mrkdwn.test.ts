import { escapeMrkdwn } from '../../../src/slack/render/escape-mrkdwn.js';

test('escapes the three control characters and nothing else', () => {
  expect(escapeMrkdwn('<!channel> & <@U123> > *bold*')).toBe(
    '&lt;!channel&gt; &amp; &lt;@U123&gt; &gt; *bold*',
  );
});

test('escaping twice escapes the ampersands again (callers escape raw text once)', () => {
  expect(escapeMrkdwn(escapeMrkdwn('<'))).toBe('&amp;lt;');
});
