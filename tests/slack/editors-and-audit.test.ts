import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { createIngestService, type IngestService } from '../../src/corpus/create-ingest-service.js';
import { CALLBACK_IDS } from '../../src/slack/callback-ids.js';
import { ASK_MODAL_INPUT } from '../../src/slack/render/render-ask-modal.js';
import { createAddCommand } from '../../src/slack/commands/add-command.js';
import { createAuditCommand } from '../../src/slack/commands/audit-command.js';
import { createRemoveCommand } from '../../src/slack/commands/remove-command.js';
import { createEditorCheck } from '../../src/slack/create-editor-check.js';
import { createLogger } from '../../src/slack/create-logger.js';
import { createRateLimits } from '../../src/slack/create-rate-limits.js';
import type { AuditStore } from '../../src/storage/audit-store.js';
import { auditStorePath, createLowdbAuditStore } from '../../src/storage/lowdb-audit-store.js';
import { newsPage, send, serve } from '../corpus/support/serve.js';
import { STORIES, tempCorpus } from '../corpus/support/temp-corpus.js';
import { messageShortcut, sendInteraction, sendSlashCommand, viewSubmission } from './support/send-signed.js';
import { startTestApp, type TestApp } from './support/start-test-app.js';

let site: Awaited<ReturnType<typeof serve>>;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let service: IngestService;
let audit: AuditStore;
let t: TestApp;
let seq = 0;
const logger = createLogger({ level: 'error', secrets: [], write: () => undefined });

beforeAll(async () => {
  site = await serve({
    '/kabwe': send(
      'text/html',
      newsPage({
        ...STORIES.kabwe,
        paragraphs: [...STORIES.kabwe.paragraphs],
        site: 'Copperbelt Times',
        published: '2026-01-12',
      }),
    ),
    '/lobito': send(
      'text/html',
      newsPage({
        ...STORIES.lobito,
        paragraphs: [...STORIES.lobito.paragraphs],
        site: 'Rail Report',
        published: '2026-02-03',
      }),
    ),
  });
  corpus = await tempCorpus(1);
  service = createIngestService({
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    fetchOptions: { allowPrivateUrls: true },
  });
  t = await startTestApp({
    engine: corpus.engine,
    extra: async (dataDir) => {
      audit = await createLowdbAuditStore(auditStorePath(dataDir));
      return {
        audit,
        editors: createEditorCheck({ editors: { users: ['UEDITOR'], groups: ['S0EDITORS'] }, logger }),
        rateLimits: createRateLimits({ ask: { points: 3, seconds: 60 }, add: { points: 2, seconds: 600 } }),
        subcommands: [
          createAddCommand({ ingestUrl: service.ingestUrl, logger, audit }),
          createRemoveCommand({ removeArticle: service.removeArticle, audit, logger }),
          createAuditCommand({ audit }),
        ],
      };
    },
  });
  t.fake.userGroups.set('S0EDITORS', ['UGROUPED']);
});
afterAll(async () => {
  await t.close();
  await service.close();
  await corpus.cleanup();
  await site.close();
});

/**
 * Sends `/minerals <text>` as `userId` and returns the texts posted to its response_url once `count` have
 * arrived.
 */
async function command(userId: string, text: string, count = 1): Promise<string[]> {
  const id = `ea${++seq}`;
  const ack = await sendSlashCommand(t.eventsUrl, { text, userId, responseUrl: t.fake.responseUrl(id) });
  expect(ack.status).toBe(200);
  const replies = await t.fake.waitFor(
    () => t.fake.responsesTo(id).length >= count && t.fake.responsesTo(id),
    // Generous: an add starts the extractor thread (jsdom), which took over 10 s at load 15-20.
    30_000,
  );
  return replies.map((r) => String(r.body.text));
}

const held = () => corpus.engine.articles().map((a) => a.title);

test('someone who is not an editor cannot add, remove or read the audit trail; each attempt is recorded as denied', async () => {
  expect(await command('UVISITOR', `add ${site.url('/kabwe')}`)).toEqual([
    ':lock: Only editors can add articles. Editors are the editors this app was set up with; ask one of them.',
  ]);
  const [removeReply] = await command('UVISITOR', `remove ${corpus.engine.articles()[0]!.file}`);
  expect(removeReply).toMatch(/Only editors can remove articles/);
  expect((await command('UVISITOR', 'audit'))[0]).toMatch(/Only editors can read the audit trail/);
  expect(site.hits('/kabwe')).toBe(0);
  expect(held()).not.toContain(STORIES.kabwe.title);
  const denied = await audit.recent(3);
  expect(denied.map((e) => [e.userId, e.action, e.outcome])).toEqual([
    ['UVISITOR', 'audit.read', 'denied'],
    ['UVISITOR', 'article.remove', 'denied'],
    ['UVISITOR', 'article.add', 'denied'],
  ]);
});

test('a listed editor adds, a member of the editors group removes, and /minerals audit shows who did what', async () => {
  const added = await command('UEDITOR', `add ${site.url('/kabwe')}`, 2);
  expect(added[1]).toMatch(/Added \*Kabwe smelter/);
  const file = corpus.engine.articles().find((a) => a.title === STORIES.kabwe.title)!.file;

  const removed = await command('UGROUPED', `remove ${file}`);
  expect(removed[0]).toMatch(/Removed \*Kabwe smelter to refine germanium residue\*/);
  expect(held()).not.toContain(STORIES.kabwe.title);
  await expect(access(join(corpus.seedsDir, file))).rejects.toMatchObject({ code: 'ENOENT' });
  expect(corpus.engine.ask('How much germanium residue will the Kabwe smelter refine?').found).toBe(false);

  expect((await command('UGROUPED', 'remove ../../etc/passwd'))[0]).toMatch(
    /No article `\.\.\/\.\.\/etc\/passwd` in the corpus/,
  );

  const trail = await audit.recent(3);
  expect(trail.map((e) => [e.userId, e.action, e.outcome, e.detail])).toEqual([
    ['UGROUPED', 'article.remove', 'refused', 'no such article'],
    ['UGROUPED', 'article.remove', 'ok', `removed ${file}`],
    ['UEDITOR', 'article.add', 'ok', `added ${file}`],
  ]);
  expect(Date.now() - Date.parse(trail[0]!.at)).toBeLessThan(60_000);

  const [shown] = await command('UEDITOR', 'audit');
  const lines = shown!.split('\n');
  expect(lines[0]).toMatch(/^Last \d+ changes, newest first/);
  expect(lines[1]).toMatch(
    /<@UGROUPED> `article\.remove` \.\.\/\.\.\/etc\/passwd \(refused\) — no such article/,
  );
  expect(lines[3]).toMatch(/<@UEDITOR> `article\.add` http:\/\/127\.0\.0\.1:\d+\/kabwe \(ok\)/);
  expect(shown).toMatch(/<@UVISITOR> `article\.add` .* \(denied\)/);
});

test('per-user rate limits: the fourth question in a minute and the third add are turned away kindly; others are unaffected', async () => {
  const asks = [];
  for (let i = 0; i < 4; i++) asks.push((await command('UASKER', 'ask Who attended the ministerial?'))[0]);
  expect(asks.slice(0, 3).every((text) => !/hourglass/.test(text!))).toBe(true);
  expect(asks[3]).toMatch(
    /^:hourglass: That is a lot of questions in a short time; I can take another in \d+ s\./,
  );
  expect((await command('UOTHER', 'ask Who attended the ministerial?'))[0]).not.toMatch(/hourglass/);

  // UEDITOR used one add above; one more is allowed, then the limit holds.
  expect((await command('UEDITOR', `add ${site.url('/lobito')}`, 2))[1]).toMatch(/Added \*Lobito/);
  const hits = site.hits('/lobito');
  expect((await command('UEDITOR', `add ${site.url('/kabwe')}`))[0]).toMatch(
    /^:hourglass: That is a lot of additions .* in 10 min/,
  );
  expect(site.hits('/kabwe')).toBe(1);
  expect(site.hits('/lobito')).toBe(hits);
});

test('a question through the message shortcut or the question modal counts against the same per-user limit as /minerals ask', async () => {
  const viaShortcut = async (text: string) => {
    const id = `ea${++seq}`;
    const ack = await sendInteraction(
      t.eventsUrl,
      messageShortcut(CALLBACK_IDS.askMessage, text, t.fake.responseUrl(id), 'UMIXED'),
    );
    expect(ack.status).toBe(200);
    return String((await t.fake.waitFor(() => t.fake.responsesTo(id)[0], 30_000)).body.text);
  };
  const viaModal = async (text: string) => {
    const values = {
      [ASK_MODAL_INPUT.block]: { [ASK_MODAL_INPUT.action]: { type: 'plain_text_input', value: text } },
    };
    const sent = await sendInteraction(t.eventsUrl, viewSubmission(CALLBACK_IDS.askModal, values, 'UMIXED'));
    return JSON.parse(sent.body) as { response_action: string; errors?: Record<string, string> };
  };
  expect((await command('UMIXED', 'ask Who attended the ministerial?'))[0]).not.toMatch(/hourglass/);
  expect(await viaShortcut('Who attended the ministerial?')).not.toMatch(/hourglass/);
  expect((await viaModal('Who attended the ministerial?')).response_action).toBe('update');
  // Three questions in the minute, by three surfaces: the fourth is turned away whichever way it comes.
  expect(await viaShortcut('Who attended the ministerial?')).toMatch(
    /^:hourglass: That is a lot of questions in a short time/,
  );
  // (Another question: the app refuses a signed request replayed byte for byte.)
  const refused = await viaModal('Who hosted the ministerial?');
  expect(refused.response_action).toBe('errors');
  expect(refused.errors?.[ASK_MODAL_INPUT.block]).toMatch(/a lot of questions/);
  expect((await command('UMIXED', 'ask Who attended the ministerial?'))[0]).toMatch(/hourglass/);
  expect(await viaShortcut('Who hosted the ministerial?')).toMatch(/hourglass/);
  expect((await command('UOTHER2', 'ask Who attended the ministerial?'))[0]).not.toMatch(/hourglass/);
});
