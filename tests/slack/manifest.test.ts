import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONFIG_VARIABLES } from '../../src/config.js';
import { EVENTS_PATH } from '../../src/slack/create-app.js';

// js-yaml ships with jest's toolchain; only this test reads YAML.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; url: string; description: string; usage_hint: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = yaml.load(readFileSync('manifest.yml', 'utf8')) as Manifest;

test('declares the /minerals command with description and usage hint, App Home and a bot user', () => {
  const command = manifest.features.slash_commands.find((c) => c.command === '/minerals');
  expect(command?.description.length).toBeGreaterThan(0);
  expect(command?.usage_hint).toContain('ask');
  expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  expect(manifest.features.bot_user.display_name).toBe('minerals');
});

test('subscribes to exactly the events the listeners handle, with interactivity on', () => {
  expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
  expect(manifest.settings.interactivity.is_enabled).toBe(true);
});

test('asks only for the scopes the features need', () => {
  expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history', 'usergroups:read', 'users:read']);
});

test('every request URL points at the endpoint the app serves', () => {
  const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
  for (const url of urls) expect(new URL(url).pathname).toBe(EVENTS_PATH);
});

test('.env.example lists every variable the config reads', () => {
  const example = readFileSync('.env.example', 'utf8');
  expect(CONFIG_VARIABLES).toEqual(expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'PORT', 'SLACK_API_URL', 'SEEDS_DIR', 'DATA_DIR', 'LOG_LEVEL']));
  for (const name of CONFIG_VARIABLES) {
    expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  }
});
