import { createEditorCheck, onlyEditorsCan } from '../../src/slack/create-editor-check.js';
import { createLogger } from '../../src/slack/create-logger.js';
import { FakeSlack } from './support/fake-slack.js';

const fake = new FakeSlack();
const logs: string[] = [];
const logger = createLogger({ level: 'debug', secrets: [], write: (line) => logs.push(line) });
beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => {
  fake.calls.length = 0;
  logs.length = 0;
  fake.users.clear();
  fake.userGroups.clear();
});
const client = () => fake.webClient({ retryConfig: { retries: 0 } });

test('unset MINERALS_EDITORS: workspace admins and owners are editors, members are not (users.info)', async () => {
  fake.users.set('UADMIN', { is_admin: true });
  fake.users.set('UOWNER', { is_owner: true });
  fake.users.set('UPRIMARY', { is_primary_owner: true, is_owner: true });
  fake.users.set('UMEMBER', {});
  const check = createEditorCheck({ editors: null, logger });
  const c = client();
  expect(
    await Promise.all(['UADMIN', 'UOWNER', 'UPRIMARY', 'UMEMBER'].map((u) => check.isEditor(u, c))),
  ).toEqual([true, true, true, false]);
  expect(fake.callsTo('users.info').map((call) => call.params.user)).toEqual([
    'UADMIN',
    'UOWNER',
    'UPRIMARY',
    'UMEMBER',
  ]);
  expect(check.who).toBe('workspace admins and owners');
});

test('listed users are editors without a lookup; group members through usergroups.users.list', async () => {
  fake.userGroups.set('S0EDITORS', ['UGROUPIE']);
  fake.users.set('UADMIN', { is_admin: true });
  const check = createEditorCheck({ editors: { users: ['ULISTED'], groups: ['S0EDITORS'] }, logger });
  const c = client();
  expect(await check.isEditor('ULISTED', c)).toBe(true);
  expect(fake.calls).toEqual([]);
  expect(await check.isEditor('UGROUPIE', c)).toBe(true);
  // With MINERALS_EDITORS set, being an admin is not enough.
  expect(await check.isEditor('UADMIN', c)).toBe(false);
  expect(fake.callsTo('users.info')).toEqual([]);
  expect(fake.callsTo('usergroups.users.list').map((call) => call.params.usergroup)).toEqual(['S0EDITORS']);
});

test('answers are cached for cacheMs, then asked again', async () => {
  let now = 1_000;
  fake.users.set('UADMIN', { is_admin: true });
  const check = createEditorCheck({ editors: null, logger, cacheMs: 60_000, now: () => now });
  const c = client();
  await check.isEditor('UADMIN', c);
  await check.isEditor('UADMIN', c);
  expect(fake.callsTo('users.info')).toHaveLength(1);
  fake.users.set('UADMIN', {});
  now += 60_001;
  expect(await check.isEditor('UADMIN', c)).toBe(false);
  expect(fake.callsTo('users.info')).toHaveLength(2);
});

test('when Slack cannot say (missing scope, unknown group), the user is not an editor and the log says why', async () => {
  fake.failNext('users.info', { error: 'missing_scope' });
  const admins = createEditorCheck({ editors: null, logger });
  fake.users.set('UADMIN', { is_admin: true });
  expect(await admins.isEditor('UADMIN', client())).toBe(false);
  expect(logs.join('\n')).toMatch(/users\.info for UADMIN failed \(missing_scope\)/);
  // Not cached: the next try succeeds.
  expect(await admins.isEditor('UADMIN', client())).toBe(true);

  const groups = createEditorCheck({ editors: { users: [], groups: ['S0GONE'] }, logger });
  expect(await groups.isEditor('UANY', client())).toBe(false);
  expect(logs.join('\n')).toMatch(/usergroups\.users\.list for S0GONE failed \(no_such_subteam\)/);
});

test('the refusal names the action and who may do it', () => {
  expect(onlyEditorsCan('add articles', { who: 'workspace admins and owners' })).toBe(
    ':lock: Only editors can add articles. Editors are workspace admins and owners; ask one of them.',
  );
});
