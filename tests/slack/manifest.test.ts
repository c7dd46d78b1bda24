import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONFIG_VARIABLES } from '../../src/config.js';
import { CALLBACK_IDS } from '../../src/slack/callback-ids.js';
import { EVENTS_PATH } from '../../src/slack/create-app.js';

// js-yaml ships with jest's toolchain; only this test reads YAML.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; url?: string; description: string; usage_hint: string }>;
    shortcuts: Array<{ name: string; type: 'global' | 'message'; callback_id: string; description: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const manifestText = readFileSync('manifest.yml', 'utf8');
const socketText = readFileSync('manifest.socket.yml', 'utf8');
const manifest = yaml.load(manifestText) as Manifest;
const socket = yaml.load(socketText) as Manifest;

test('declares the /minerals command with description and usage hint, App Home and a bot user', () => {
  const command = manifest.features.slash_commands.find((c) => c.command === '/minerals');
  expect(command?.description.length).toBeGreaterThan(0);
  for (const usage of [
    'ask <question>',
    'sources',
    'add <url>',
    'feed add',
    'feed list',
    'feed remove',
    'digest',
    'here [keywords]',
    'off',
    'settings',
    'help',
  ]) {
    expect(command?.usage_hint).toContain(usage);
  }
  expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  expect(manifest.features.bot_user.display_name).toBe('minerals');
});

test('subscribes to exactly the events the listeners handle, with interactivity on', () => {
  expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
    'app_home_opened',
    'app_mention',
    'message.channels',
    'message.groups',
    'message.im',
  ]);
  expect(manifest.settings.interactivity.is_enabled).toBe(true);
});

test('asks only for the scopes the features need', () => {
  expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
    'app_mentions:read',
    'channels:history',
    'chat:write',
    'commands',
    'groups:history',
    'im:history',
    'usergroups:read',
    'users:read',
  ]);
});

test('every request URL points at the endpoint the app serves', () => {
  const urls = [
    manifest.settings.event_subscriptions.request_url,
    manifest.settings.interactivity.request_url,
    ...manifest.features.slash_commands.map((c) => c.url),
  ];
  expect(urls).toHaveLength(3);
  for (const url of urls) expect(new URL(url ?? '').pathname).toBe(EVENTS_PATH);
  expect(manifest.settings.socket_mode_enabled).toBe(false);
});

test('declares the three shortcuts the app listens for', () => {
  const byId = Object.fromEntries(manifest.features.shortcuts.map((s) => [s.callback_id, s.type]));
  expect(byId).toEqual({
    [CALLBACK_IDS.ask]: 'global',
    [CALLBACK_IDS.askMessage]: 'message',
    [CALLBACK_IDS.addLink]: 'message',
  });
  for (const shortcut of manifest.features.shortcuts) expect(shortcut.name.length).toBeLessThanOrEqual(24);
});

test('manifest.socket.yml is manifest.yml with Socket Mode on and no request URLs', () => {
  expect(socket.settings.socket_mode_enabled).toBe(true);
  expect(socketText).not.toMatch(/request_url|url:/);
  const withoutUrls = structuredClone(manifest);
  delete withoutUrls.settings.event_subscriptions.request_url;
  delete withoutUrls.settings.interactivity.request_url;
  for (const command of withoutUrls.features.slash_commands) delete command.url;
  withoutUrls.settings.socket_mode_enabled = true;
  expect(socket).toEqual(withoutUrls);
});

test('the manifests link only to pages and files that exist', () => {
  for (const text of [manifestText, socketText]) {
    const links = [...text.matchAll(/https?:\/\/[^\s)"]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes('YOUR-HOST.example.com'));
    expect(links.every((u) => u === 'https://api.slack.com/apps')).toBe(true);
    for (const file of text.match(/[\w./-]+\.(?:md|yml)\b/g) ?? []) expect(existsSync(file)).toBe(true);
  }
});

test('.env.example lists every variable the config reads', () => {
  const example = readFileSync('.env.example', 'utf8');
  expect(CONFIG_VARIABLES).toEqual(
    expect.arrayContaining([
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'PORT',
      'SLACK_API_URL',
      'SEEDS_DIR',
      'DATA_DIR',
      'LOG_LEVEL',
    ]),
  );
  for (const name of CONFIG_VARIABLES) {
    expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  }
});
