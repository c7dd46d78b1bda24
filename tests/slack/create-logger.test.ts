import { LogLevel } from '@slack/bolt';
import { createLogger, redactSecrets } from '../../src/slack/create-logger.js';

test('token-shaped strings and configured secrets never reach the sink', () => {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: ['my-signing-secret'], write: (line) => lines.push(line) });
  logger.error('failed with', { headers: { authorization: 'Bearer xoxb-123-456-abcdef' } }, 'xapp-1-A0-xyz', 'my-signing-secret');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toContain('xoxb-123');
  expect(lines[0]).not.toContain('xapp-1');
  expect(lines[0]).not.toContain('my-signing-secret');
  expect(lines[0]).toContain('[redacted]');
});

test('respects the level and can change it', () => {
  const lines: string[] = [];
  const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
  logger.info('hidden');
  logger.warn('shown');
  logger.setLevel(LogLevel.DEBUG);
  logger.debug('now shown');
  expect(lines.map((l) => l.split('] ')[1])).toEqual(['shown', 'now shown']);
  expect(logger.getLevel()).toBe(LogLevel.DEBUG);
});

test('redactSecrets leaves ordinary text alone', () => {
  expect(redactSecrets('xoxo hugs, box-office', [])).toBe('xoxo hugs, box-office');
});
