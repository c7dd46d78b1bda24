import { renderHelp, renderUnknownSubcommand } from '../../../src/slack/render/render-help.js';

test('help lists every registered subcommand and example questions', () => {
  const message = renderHelp(
    '/minerals',
    [
      { usage: 'ask <question>', description: 'Ask' },
      { usage: 'digest', description: 'Post the digest now' },
    ],
    ['Who attended?'],
  );
  const json = JSON.stringify(message.blocks);
  expect(json).toContain('/minerals ask &lt;question&gt;');
  expect(json).toContain('/minerals digest');
  expect(json).toContain('Post the digest now');
  expect(json).toContain('/minerals ask Who attended?');
});

test('unknown subcommand hint names what was typed (escaped) and the known subcommands', () => {
  const message = renderUnknownSubcommand('/minerals', '<!channel>', ['ask', 'sources', 'help']);
  expect(message.text).toContain('&lt;!channel&gt;');
  expect(message.text).not.toContain('<!channel>');
  expect(message.text).toContain('`sources`');
  expect(message.text).toContain('/minerals help');
});
