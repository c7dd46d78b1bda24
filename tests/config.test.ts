import { ConfigError, loadConfig } from '../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret-value' };

test('defaults: HTTP mode on port 3000, ./seeds, ./data, info logging', () => {
  const config = loadConfig(base);
  expect(config).toMatchObject({
    slackBotToken: 'xoxb-1-2-abc',
    port: 3000,
    seedsDir: './seeds',
    dataDir: './data',
    logLevel: 'info',
  });
  expect(config.slackAppToken).toBeUndefined();
  expect(config.slackApiUrl).toBeUndefined();
});

test('reads every variable', () => {
  const config = loadConfig({
    ...base,
    SLACK_APP_TOKEN: 'xapp-1-A-2',
    PORT: '8080',
    SLACK_API_URL: 'http://127.0.0.1:9/api',
    SEEDS_DIR: '/s',
    DATA_DIR: '/d',
    LOG_LEVEL: 'DEBUG',
  });
  expect(config).toMatchObject({
    slackAppToken: 'xapp-1-A-2',
    port: 8080,
    slackApiUrl: 'http://127.0.0.1:9/api/',
    seedsDir: '/s',
    dataDir: '/d',
    logLevel: 'debug',
  });
});

test.each([
  [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN is missing'],
  [{ ...base, SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN must start with "xoxb-"'],
  [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is missing'],
  [{ ...base, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN must start with "xapp-"'],
  [{ ...base, PORT: 'eighty' }, 'PORT must be a whole number'],
  [{ ...base, PORT: '70000' }, 'PORT must be a whole number'],
  [{ ...base, SLACK_API_URL: 'not a url' }, 'SLACK_API_URL must be an http(s) URL'],
  [{ ...base, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
])('%j → one line naming the variable and .env.example', (env, expected) => {
  let error: unknown;
  try {
    loadConfig(env);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as Error).message;
  expect(message).toContain(expected);
  expect(message).toContain('.env.example');
  expect(message).not.toContain('\n');
});

test('Socket Mode needs no signing secret', () => {
  expect(
    loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slackSigningSecret,
  ).toBeUndefined();
});

test('a malformed token is never echoed in the error', () => {
  expect(() => loadConfig({ ...base, SLACK_BOT_TOKEN: 'xoxp-very-secret-token' })).toThrow(
    /^(?!.*very-secret).*$/,
  );
});

test('private URLs are refused unless MINERALS_ALLOW_PRIVATE_URLS says otherwise', () => {
  expect(loadConfig(base).allowPrivateUrls).toBe(false);
  expect(loadConfig({ ...base, MINERALS_ALLOW_PRIVATE_URLS: 'true' }).allowPrivateUrls).toBe(true);
  expect(() => loadConfig({ ...base, MINERALS_ALLOW_PRIVATE_URLS: 'sometimes' })).toThrow(
    'MINERALS_ALLOW_PRIVATE_URLS must be true or false',
  );
});

test('MINERALS_EDITORS lists user ids and user-group ids; unset means admins and owners', () => {
  expect(loadConfig(base).editors).toBeNull();
  expect(loadConfig({ ...base, MINERALS_EDITORS: ' U0AAA1, W0BBB2 S0GROUP ' }).editors).toEqual({
    users: ['U0AAA1', 'W0BBB2'],
    groups: ['S0GROUP'],
  });
  expect(() => loadConfig({ ...base, MINERALS_EDITORS: 'U0AAA1,@alice' })).toThrow(
    'MINERALS_EDITORS must list Slack user ids',
  );
});

test('digest settings default to 08:00 UTC, off without a channel, silent on empty days', () => {
  const config = loadConfig(base);
  expect(config).toMatchObject({
    digestChannel: undefined,
    digestCron: '0 8 * * *',
    digestTimeZone: 'UTC',
    digestPostEmpty: false,
  });
  expect(
    loadConfig({
      ...base,
      DIGEST_CHANNEL: 'C0123456789',
      DIGEST_CRON: '30 7 * * 1-5',
      DIGEST_TZ: 'Europe/London',
      DIGEST_POST_EMPTY: 'true',
    }),
  ).toMatchObject({
    digestChannel: 'C0123456789',
    digestCron: '30 7 * * 1-5',
    digestTimeZone: 'Europe/London',
    digestPostEmpty: true,
  });
  // Six fields, seconds first: a schedule every few seconds, as the two-instance test uses.
  expect(loadConfig({ ...base, DIGEST_CRON: '*/3 * * * * *' }).digestCron).toBe('*/3 * * * * *');
});

test.each([
  ['DIGEST_CRON', '0 8 * *', /DIGEST_CRON must be a five-field cron expression .*or six fields/],
  ['DIGEST_CRON', '0 0 8 * * * 2027', /DIGEST_CRON must be a five-field cron expression/],
  ['DIGEST_CRON', '0 25 * * *', /DIGEST_CRON .*hour/],
  ['DIGEST_TZ', 'Mars/Base', /DIGEST_TZ must be an IANA time zone/],
  ['DIGEST_CHANNEL', '#general', /DIGEST_CHANNEL must be a channel id/],
  ['DIGEST_POST_EMPTY', 'sometimes', /DIGEST_POST_EMPTY must be true or false/],
])('%s=%s is refused at start-up with a one-line error', (name, value, message) => {
  let error: unknown;
  try {
    loadConfig({ ...base, [name]: value });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toContain('\n');
});
