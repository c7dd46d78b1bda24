/**
 * The only reader of process.env. Each setting is one entry in `settings`: adding a feature's
 * variable (DIGEST_CHANNEL, FEED_POLL_MINUTES...) is one line here plus one in .env.example.
 */

import { Cron } from 'croner';

/** MINERALS_EDITORS parsed: user ids and user-group ids; null when unset (admins and owners edit). */
export interface EditorsSetting {
  users: string[];
  groups: string[];
}

/** Thrown for a missing or malformed variable; `message` is one line meant for the terminal. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem} (see .env.example)`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;
type Parse<T> = (raw: string | undefined, name: string, env: Env) => T;

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function present(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A Slack credential; the value never goes into an error message. */
function token(prefix: string | null, required: Parse<boolean> = () => true): Parse<string | undefined> {
  return (raw, name, env) => {
    const value = present(raw);
    if (value === undefined) {
      if (required(raw, name, env)) throw new ConfigError(name, 'is missing');
      return undefined;
    }
    if (prefix !== null && !value.startsWith(prefix))
      throw new ConfigError(name, `must start with "${prefix}"`);
    if (/\s/.test(value)) throw new ConfigError(name, 'must not contain spaces');
    return value;
  };
}

function text(fallback: string): (raw: string | undefined) => string {
  return (raw) => present(raw) ?? fallback;
}

function integer(fallback: number, min: number, max: number): Parse<number> {
  return (raw, name) => {
    const value = present(raw);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${value}"`);
    }
    return Number(value);
  };
}

function optionalUrl(): Parse<string | undefined> {
  return (raw, name) => {
    const value = present(raw);
    if (value === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(name, `must be an http(s) URL, got "${value}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new ConfigError(name, `must be an http(s) URL, got "${value}"`);
    // WebClient joins method names onto this base, so it must end with a slash.
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  };
}

function oneOf<T extends string>(choices: readonly T[], fallback: T): Parse<T> {
  return (raw, name) => {
    const value = present(raw)?.toLowerCase();
    if (value === undefined) return fallback;
    if (!(choices as readonly string[]).includes(value))
      throw new ConfigError(name, `must be one of ${choices.join(', ')}, got "${value}"`);
    return value as T;
  };
}

/** A value checked by `problem` (one line saying what is wrong, or null). */
function checked(fallback: string, problem: (value: string) => string | null): Parse<string> {
  return (raw, name) => {
    const value = present(raw) ?? fallback;
    const why = problem(value);
    if (why !== null) throw new ConfigError(name, `${why}, got "${value}"`);
    return value;
  };
}

function flag(fallback: boolean): Parse<boolean> {
  return (raw, name) => {
    const value = present(raw)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    throw new ConfigError(name, `must be true or false, got "${value}"`);
  };
}

/** Cron fields accepted for the digest schedule: five, or six with seconds first (croner's mode). */
export const CRON_MODE = '5-or-6-parts';

/**
 * Why a cron expression is unusable (one line), or null when croner accepts it: five fields
 * ("0 8 * * *"), or six with seconds first ("*\/5 * * * * *", for tests and demos).
 */
export function cronProblem(cron: string): string | null {
  try {
    new Cron(cron, { paused: true, mode: CRON_MODE });
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^CronPattern: /, '') : String(error);
    return `must be a five-field cron expression like "0 8 * * *", or six fields with seconds first (${detail})`;
  }
}

/** Why a time zone is unusable, or null when it is an IANA zone this runtime knows. */
export function timeZoneProblem(timeZone: string): string | null {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return null;
  } catch {
    return 'must be an IANA time zone like "UTC" or "Europe/London"';
  }
}

/** A channel id: conversations.history (used to avoid double posts) takes ids, not names. */
const optionalChannelId: Parse<string | undefined> = (raw, name) => {
  const value = present(raw);
  if (value === undefined) return undefined;
  if (!/^[CG][A-Z0-9]{6,}$/.test(value))
    throw new ConfigError(
      name,
      `must be a channel id like C0123456789 (channel details → copy channel ID), got "${value}"`,
    );
  return value;
};

/**
 * MINERALS_EDITORS: user ids (U…, W…) and user-group ids (S…), separated by commas; unset means admins and
 * owners.
 */
const editorIds: Parse<EditorsSetting | null> = (raw, name) => {
  const value = present(raw);
  if (value === undefined) return null;
  const editors: EditorsSetting = { users: [], groups: [] };
  for (const id of value.split(/[\s,]+/).filter(Boolean)) {
    if (/^[UW][A-Z0-9]{2,}$/.test(id)) editors.users.push(id);
    else if (/^S[A-Z0-9]{2,}$/.test(id)) editors.groups.push(id);
    else
      throw new ConfigError(
        name,
        `must list Slack user ids (U0123ABCD) or user-group ids (S0123ABCD), separated by commas, got "${id}"`,
      );
  }
  return editors;
};

/** A postgres:// URL; its password never goes into an error message. */
const optionalPostgresUrl: Parse<string | undefined> = (raw, name) => {
  const value = present(raw);
  if (value === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below without echoing the value, which may hold a password.
  }
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || !url.hostname) {
    throw new ConfigError(name, 'must be a URL like postgres://user:password@host:5432/minerals');
  }
  return value;
};

const httpMode: Parse<boolean> = (_raw, _name, env) => present(env.SLACK_APP_TOKEN) === undefined;

/** Every setting: config key → environment variable and parser. */
const settings = {
  slackBotToken: { env: 'SLACK_BOT_TOKEN', parse: token('xoxb-') as Parse<string> },
  /** Only needed in HTTP mode: Socket Mode traffic is authenticated by the app-level token. */
  slackSigningSecret: { env: 'SLACK_SIGNING_SECRET', parse: token(null, httpMode) },
  /** When set, the app connects over Socket Mode instead of listening for HTTP. */
  slackAppToken: { env: 'SLACK_APP_TOKEN', parse: token('xapp-', () => false) },
  port: { env: 'PORT', parse: integer(3000, 0, 65535) },
  slackApiUrl: { env: 'SLACK_API_URL', parse: optionalUrl() },
  seedsDir: { env: 'SEEDS_DIR', parse: text('./seeds') },
  dataDir: { env: 'DATA_DIR', parse: text('./data') },
  logLevel: { env: 'LOG_LEVEL', parse: oneOf(LOG_LEVELS, 'info') },
  /** `json` (one object per line), `pretty`, or `auto`: pretty when stdout is a terminal. */
  logFormat: { env: 'LOG_FORMAT', parse: oneOf(['auto', 'json', 'pretty'] as const, 'auto') },
  /** Where the daily digest goes; unset turns the digest off. */
  digestChannel: { env: 'DIGEST_CHANNEL', parse: optionalChannelId },
  digestCron: { env: 'DIGEST_CRON', parse: checked('0 8 * * *', cronProblem) },
  digestTimeZone: { env: 'DIGEST_TZ', parse: checked('UTC', timeZoneProblem) },
  digestPostEmpty: { env: 'DIGEST_POST_EMPTY', parse: flag(false) },
  /** How often followed RSS/Atom feeds are checked for new articles. */
  feedPollMinutes: { env: 'FEED_POLL_MINUTES', parse: integer(60, 1, 10080) },
  /** Lets `add` and feeds fetch loopback, private and link-local addresses. For local testing only. */
  allowPrivateUrls: { env: 'MINERALS_ALLOW_PRIVATE_URLS', parse: flag(false) },
  /** Who may add and remove articles and feeds and change digest settings. */
  editors: { env: 'MINERALS_EDITORS', parse: editorIds },
  /** Shared Postgres for running several instances; unset keeps everything in DATA_DIR (lowdb). */
  databaseUrl: { env: 'DATABASE_URL', parse: optionalPostgresUrl },
} satisfies Record<string, { env: string; parse: Parse<unknown> }>;

type Settings = typeof settings;

/** Every environment variable the app reads (each must be documented in .env.example). */
export const CONFIG_VARIABLES: readonly string[] = Object.values(settings).map((setting) => setting.env);

/** Typed configuration, one key per entry in `settings`. */
export type Config = { [K in keyof Settings]: ReturnType<Settings[K]['parse']> };

/**
 * Reads and validates the configuration. Throws ConfigError naming the first bad or missing
 * variable; never echoes a token's value.
 */
export function loadConfig(env: Env = process.env): Config {
  const config: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(settings)) {
    config[key] = (setting.parse as Parse<unknown>)(env[setting.env], setting.env, env);
  }
  return config as Config;
}

/** The corpus settings alone, for the command-line tools that need no Slack credentials. */
export function loadCorpusConfig(
  env: Env = process.env,
): Pick<Config, 'seedsDir' | 'dataDir' | 'allowPrivateUrls' | 'databaseUrl'> {
  return {
    seedsDir: settings.seedsDir.parse(env[settings.seedsDir.env]),
    dataDir: settings.dataDir.parse(env[settings.dataDir.env]),
    allowPrivateUrls: settings.allowPrivateUrls.parse(
      env[settings.allowPrivateUrls.env],
      settings.allowPrivateUrls.env,
      env,
    ),
    databaseUrl: settings.databaseUrl.parse(env[settings.databaseUrl.env], settings.databaseUrl.env, env),
  };
}
