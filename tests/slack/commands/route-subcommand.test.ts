import { routeSubcommand } from '../../../src/slack/commands/route-subcommand.js';
import type { Subcommand } from '../../../src/slack/commands/subcommand.js';

const sub = (name: string): Subcommand => ({
  name,
  usage: name,
  description: name,
  run: async () => undefined,
});
const subs = [sub('ask'), sub('sources'), sub('feed'), sub('feed add'), sub('help')];

test('bare command is help', () => {
  expect(routeSubcommand('   ', subs)).toEqual({ kind: 'help' });
});

test('dispatches by name, case-insensitively, passing the rest trimmed', () => {
  const route = routeSubcommand('  ASK   Who attended?  ', subs);
  expect(route.kind === 'run' && [route.subcommand.name, route.args]).toEqual(['ask', 'Who attended?']);
});

test('the longest matching name wins', () => {
  const route = routeSubcommand('feed add https://x.example/rss', subs);
  expect(route.kind === 'run' && [route.subcommand.name, route.args]).toEqual([
    'feed add',
    'https://x.example/rss',
  ]);
  const list = routeSubcommand('feed list', subs);
  expect(list.kind === 'run' && [list.subcommand.name, list.args]).toEqual(['feed', 'list']);
});

test('a prefix of a longer word is not a match', () => {
  expect(routeSubcommand('asking things', subs)).toEqual({ kind: 'unknown', typed: 'asking' });
});
