import { ConfigError, loadConfig } from '../../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret-secret' };

test('digest settings default to 08:00 UTC, off without a channel, silent on empty days', () => {
  const config = loadConfig(base);
  expect(config).toMatchObject({ digestChannel: undefined, digestCron: '0 8 * * *', digestTimeZone: 'UTC', digestPostEmpty: false });
  expect(loadConfig({ ...base, DIGEST_CHANNEL: 'C0123456789', DIGEST_CRON: '30 7 * * 1-5', DIGEST_TZ: 'Europe/London', DIGEST_POST_EMPTY: 'true' })).toMatchObject({
    digestChannel: 'C0123456789',
    digestCron: '30 7 * * 1-5',
    digestTimeZone: 'Europe/London',
    digestPostEmpty: true,
  });
});

test.each([
  ['DIGEST_CRON', '0 8 * *', /DIGEST_CRON must be a five-field cron expression/],
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
