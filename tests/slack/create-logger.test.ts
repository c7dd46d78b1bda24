import { LogLevel } from '@slack/bolt';
import { createLogger, redactSecrets } from '../../src/slack/create-logger.js';

function sink() {
  const lines: Array<{ line: string; level: LogLevel }> = [];
  return { lines, write: (line: string, level: LogLevel) => void lines.push({ line, level }) };
}

test('JSON lines: level, time, name and message, with an Error as a structured err', () => {
  const out = sink();
  const logger = createLogger({ level: 'debug', format: 'json', write: out.write });
  logger.info('corpus:', 5, 'articles');
  logger.error('listener failed', new Error('boom'));
  const [info, error] = out.lines.map((l) => JSON.parse(l.line) as Record<string, unknown>);
  expect(info).toMatchObject({ level: 30, name: 'minerals', msg: 'corpus: 5 articles' });
  expect(Number.isNaN(Date.parse(String(info?.time)))).toBe(false);
  expect(error).toMatchObject({ level: 50, msg: 'listener failed', err: { type: 'Error', message: 'boom' } });
  expect(String((error?.err as { stack: string }).stack)).toMatch(/^Error: boom\n\s+at /);
  expect(out.lines.map((l) => l.level)).toEqual([LogLevel.INFO, LogLevel.ERROR]);
});

test.each(['json', 'pretty'] as const)(
  '%s: token-shaped strings and configured secrets never reach the sink, in messages or stacks',
  (format) => {
    const out = sink();
    const logger = createLogger({
      level: 'debug',
      format,
      secrets: ['my-signing-secret', 'sec"ret\\quoted'],
      write: out.write,
    });
    logger.error(
      'failed with',
      { headers: { authorization: 'Bearer xoxb-123-456-abcdef' } },
      'xapp-1-A0-xyz',
      'my-signing-secret',
    );
    logger.warn('auth failed', new Error('token xoxb-999-888-zzz rejected; secret sec"ret\\quoted'));
    const all = out.lines.map((l) => l.line).join('\n');
    expect(out.lines).toHaveLength(2);
    for (const secret of ['xoxb-123', 'xapp-1', 'my-signing-secret', 'xoxb-999', 'sec"ret', 'sec\\"ret'])
      expect(all).not.toContain(secret);
    expect(all.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(4);
  },
);

test('pretty lines are readable: level word and message, no JSON braces around them', () => {
  const out = sink();
  createLogger({ level: 'info', format: 'pretty', write: out.write }).warn('digest: nothing new');
  expect(out.lines[0]?.line).toMatch(/WARN \(minerals\): digest: nothing new$/);
  expect(out.lines[0]?.level).toBe(LogLevel.WARN);
});

test('respects the level and can change it', () => {
  const out = sink();
  const logger = createLogger({ level: 'warn', format: 'json', write: out.write });
  logger.info('hidden');
  logger.warn('shown');
  logger.setLevel(LogLevel.DEBUG);
  logger.debug('now shown');
  expect(out.lines.map((l) => (JSON.parse(l.line) as { msg: string }).msg)).toEqual(['shown', 'now shown']);
  expect(logger.getLevel()).toBe(LogLevel.DEBUG);
});

test('redactSecrets leaves ordinary text alone', () => {
  expect(redactSecrets('xoxo hugs, box-office', [])).toBe('xoxo hugs, box-office');
});
