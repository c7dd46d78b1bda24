import type { EditorsSetting } from '../config.js';
import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describeSlackError } from './describe-slack-error.js';

export type { EditorsSetting };

export interface EditorCheckDeps {
  editors: EditorsSetting | null;
  logger: Logger;
  /** How long a users.info or usergroups.users.list answer is trusted. Default 5 minutes. */
  cacheMs?: number;
  now?: () => number;
}

/** Decides who may change the corpus and settings. */
export interface EditorCheck {
  /** True when `userId` is an editor; false (fail closed) when Slack cannot say. */
  isEditor(userId: string, client: WebClient): Promise<boolean>;
  /**
   * Who the editors are, in words, for replies ("workspace admins and owners", "the editors named in
   * MINERALS_EDITORS").
   */
  readonly who: string;
}

interface Cached<T> {
  value: T;
  until: number;
}

/**
 * Editors are the users and user-group members named in MINERALS_EDITORS; when it is unset,
 * workspace admins and owners (users.info). Answers are cached for `cacheMs`; a failed lookup
 * is logged, not cached, and counts as "not an editor".
 */
export function createEditorCheck(deps: EditorCheckDeps): EditorCheck {
  const cacheMs = deps.cacheMs ?? 5 * 60_000;
  const now = deps.now ?? Date.now;
  const cache = new Map<string, Cached<boolean | Set<string>>>();

  async function remember<T extends boolean | Set<string>>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.value as T;
    const value = await load();
    cache.set(key, { value, until: now() + cacheMs });
    return value;
  }

  async function failClosed(what: string, load: () => Promise<boolean>): Promise<boolean> {
    try {
      return await load();
    } catch (error) {
      const { code } = describeSlackError(error);
      deps.logger.warn(`editor check: ${what} failed (${code}); treating the user as not an editor`);
      return false;
    }
  }

  const { editors } = deps;
  if (!editors) {
    return {
      who: 'workspace admins and owners',
      isEditor: (userId, client) =>
        failClosed(`users.info for ${userId}`, () =>
          remember(`user:${userId}`, async () => {
            const { user } = await client.users.info({ user: userId });
            return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
          }),
        ),
    };
  }
  return {
    who: 'the editors this app was set up with',
    async isEditor(userId, client) {
      if (editors.users.includes(userId)) return true;
      for (const group of editors.groups) {
        const member = await failClosed(`usergroups.users.list for ${group}`, async () => {
          const members = await remember(
            `group:${group}`,
            async () => new Set((await client.usergroups.users.list({ usergroup: group })).users ?? []),
          );
          return members.has(userId);
        });
        if (member) return true;
      }
      return false;
    },
  };
}

/** The reply to someone who is not an editor, e.g. `onlyEditorsCan('add articles', check)`. */
export function onlyEditorsCan(doing: string, check: Pick<EditorCheck, 'who'>): string {
  return `:lock: Only editors can ${doing}. Editors are ${check.who}; ask one of them.`;
}
