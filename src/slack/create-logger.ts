import { formatWithOptions } from 'node:util';
import { LogLevel, type Logger } from '@slack/bolt';
import { pino, stdTimeFunctions } from 'pino';
import { prettyFactory } from 'pino-pretty';

/**
 * Slack token shapes (bot, user, app-level, refresh...) so one that slips into an error still never reaches a
 * log.
 */
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

/** pino's numeric levels, warn and above go to stderr. */
const PINO_WARN = 40;

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  level: `${LogLevel}`;
  /** Exact secret values to mask (tokens, signing secret) in addition to anything token-shaped. */
  secrets?: Array<string | undefined>;
  /**
   * One JSON object per line (for log collectors) or readable lines. Default: pretty when stdout is
   * a terminal and no `write` is given, else JSON.
   */
  format?: LogFormat;
  /** Where finished lines go; defaults to stderr for warn/error and stdout otherwise. */
  write?: (line: string, level: LogLevel) => void;
}

/** Hides secrets in an already formatted log line. */
export function redactSecrets(line: string, secrets: readonly string[]): string {
  let out = line.replace(TOKEN_PATTERN, '[redacted]');
  for (const secret of secrets) {
    out = out.split(secret).join('[redacted]');
    // The same secret as it appears inside a JSON string.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join('[redacted]');
  }
  return out;
}

function levelOf(pinoLevel: number): LogLevel {
  if (pinoLevel >= 50) return LogLevel.ERROR;
  if (pinoLevel >= PINO_WARN) return LogLevel.WARN;
  return pinoLevel >= 30 ? LogLevel.INFO : LogLevel.DEBUG;
}

function defaultWrite(line: string, level: LogLevel): void {
  if (level === LogLevel.ERROR || level === LogLevel.WARN) process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

/**
 * A Bolt-compatible Logger on pino: one JSON object per call (`level`, `time`, `name`, `msg`, an
 * `err` with its stack when an Error is logged), or the same through pino-pretty. Every finished
 * line passes through redactSecrets before it is written, whatever the format.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const write = options.write ?? defaultWrite;
  const format = options.format ?? (!options.write && process.stdout.isTTY ? 'pretty' : 'json');
  const pretty =
    format === 'pretty'
      ? prettyFactory({
          colorize: !options.write && process.stdout.isTTY === true,
          ignore: 'pid,hostname',
          translateTime: 'SYS:HH:MM:ss.l',
        })
      : null;
  const destination = {
    write(json: string) {
      const clean = redactSecrets(json, secrets);
      const level = levelOf((JSON.parse(clean) as { level: number }).level);
      write((pretty ? pretty(clean) : clean).replace(/\n$/, ''), level);
    },
  };
  const base = pino(
    { level: options.level, base: { name: 'minerals' }, timestamp: stdTimeFunctions.isoTime },
    destination,
  );

  const emit = (at: 'debug' | 'info' | 'warn' | 'error', msg: unknown[]) => {
    if (!base.isLevelEnabled(at)) return;
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = formatWithOptions({ depth: 4, breakLength: Infinity }, ...msg.filter((m) => m !== err));
    if (err) base[at]({ err }, text || err.message);
    else base[at](text);
  };
  return {
    debug: (...msg) => emit('debug', msg),
    info: (...msg) => emit('info', msg),
    warn: (...msg) => emit('warn', msg),
    error: (...msg) => emit('error', msg),
    setLevel: (next) => {
      base.level = next;
    },
    getLevel: () => base.level as LogLevel,
    setName: (next) => {
      base.setBindings({ name: next });
    },
  };
}

/**
 * A view of `logger` whose level and name cannot be changed: the Slack SDKs call setLevel/setName
 * on loggers they are handed (Socket Mode resets it to info), which would override LOG_LEVEL app-wide.
 */
export function pinLogger(logger: Logger): Logger {
  return {
    debug: (...msg) => logger.debug(...msg),
    info: (...msg) => logger.info(...msg),
    warn: (...msg) => logger.warn(...msg),
    error: (...msg) => logger.error(...msg),
    setLevel: () => undefined,
    getLevel: () => logger.getLevel(),
    setName: () => undefined,
  };
}
