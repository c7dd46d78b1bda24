import { formatWithOptions } from 'node:util';
import { LogLevel, type Logger } from '@slack/bolt';

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/** Slack token shapes (bot, user, app-level, refresh...) so one that slips into an error still never reaches a log. */
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

export interface LoggerOptions {
  level: `${LogLevel}`;
  /** Exact secret values to mask (tokens, signing secret) in addition to anything token-shaped. */
  secrets?: Array<string | undefined>;
  /** Where finished lines go; defaults to stderr for warn/error and stdout otherwise. */
  write?: (line: string, level: LogLevel) => void;
}

/** Hides secrets in an already formatted log line. */
export function redactSecrets(line: string, secrets: readonly string[]): string {
  let out = line.replace(TOKEN_PATTERN, '[redacted]');
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}

function defaultWrite(line: string, level: LogLevel): void {
  if (level === LogLevel.ERROR || level === LogLevel.WARN) process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

/** A Bolt-compatible Logger that prints one redacted line per call. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const write = options.write ?? defaultWrite;
  let level = options.level as LogLevel;
  let name = 'minerals';
  const emit = (at: LogLevel, msg: unknown[]) => {
    if (ORDER[at] < ORDER[level]) return;
    const body = formatWithOptions({ depth: 4, breakLength: Infinity }, ...msg);
    write(redactSecrets(`${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${body}`, secrets), at);
  };
  return {
    debug: (...msg) => emit(LogLevel.DEBUG, msg),
    info: (...msg) => emit(LogLevel.INFO, msg),
    warn: (...msg) => emit(LogLevel.WARN, msg),
    error: (...msg) => emit(LogLevel.ERROR, msg),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
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
