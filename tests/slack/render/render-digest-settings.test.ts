import { cronAt, timeOfCron } from '../../../src/slack/render/render-digest-settings.js';

test('the settings form reads the time of day from a five- or six-field cron, and writes five fields', () => {
  expect(timeOfCron('30 9 * * 1-5')).toBe('09:30');
  expect(timeOfCron('0 30 9 * * 1-5')).toBe('09:30');
  expect(timeOfCron('*/5 * * * * *')).toBeNull();
  expect(timeOfCron('0 25 * * *')).toBeNull();
  expect(cronAt('30 9 * * 1-5', '07:05')).toBe('5 7 * * 1-5');
  expect(cronAt('0 30 9 * * 1-5', '07:05')).toBe('5 7 * * 1-5');
  expect(cronAt('*/5 * * * * *', '08:00')).toBe('0 8 * * *');
});
