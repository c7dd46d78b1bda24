import { CALLBACK_IDS } from '../../../src/slack/callback-ids.js';
import { createEditorCheck } from '../../../src/slack/create-editor-check.js';
import { createLogger } from '../../../src/slack/create-logger.js';
import { ASK_MODAL_INPUT } from '../../../src/slack/render/render-ask-modal.js';
import { newsPage, send } from '../../corpus/support/serve.js';
import { STORIES } from '../../corpus/support/temp-corpus.js';
import { globalShortcut, messageShortcut, sendInteraction, viewSubmission } from '../support/send-signed.js';
import { startIngestingApp, type IngestingApp } from '../support/start-ingesting-app.js';

const EDITOR = 'U0EDITOR';
let app: IngestingApp;
let seq = 0;

beforeAll(async () => {
  app = await startIngestingApp({
    routes: {
      '/lobito': send(
        'text/html',
        newsPage({ ...STORIES.lobito, paragraphs: [...STORIES.lobito.paragraphs], site: 'Rail Report' }),
      ),
    },
    seedCount: 3,
    // The real editor check, set up as MINERALS_EDITORS=U0EDITOR would.
    extra: (service) => ({
      ingestUrl: service.ingestUrl,
      editors: createEditorCheck({
        editors: { users: [EDITOR], groups: [] },
        logger: createLogger({ level: 'error', write: () => {} }),
      }),
    }),
  });
});
afterAll(() => app.close());

async function shortcutOnMessage(
  callbackId: string,
  text: string,
  userId?: string,
  until: (b: Record<string, unknown>) => boolean = () => true,
) {
  const id = `sc${++seq}`;
  const ack = await sendInteraction(
    app.t.eventsUrl,
    messageShortcut(callbackId, text, app.t.fake.responseUrl(id), userId),
  );
  expect(ack.status).toBe(200);
  // Fetching starts the extractor worker: allow for a busy machine.
  return (await app.t.fake.waitFor(() => app.t.fake.responsesTo(id).find((r) => until(r.body)), 30_000)).body;
}

test('minerals_ask_message answers the message text privately, with Share', async () => {
  const reply = await shortcutOnMessage(CALLBACK_IDS.askMessage, 'Who attended the Finance Ministerial?');
  expect(reply.response_type).toBe('ephemeral');
  const expected = app.corpus.engine.ask('Who attended the Finance Ministerial?');
  expect(expected.found).toBe(true);
  const shown = JSON.stringify(reply.blocks);
  expect(shown).toContain('Who attended the Finance Ministerial?');
  expect(shown).toContain(expected.citations[0]!.quote.slice(0, 30));
  expect(shown).toContain('minerals_share');
});

test('minerals_add_link adds the first link in the message for an editor, and refuses anyone else', async () => {
  const url = app.site.url('/lobito');
  const text = `Worth reading <${url}|Lobito story> and also <https://other.example/x>`;
  const refused = await shortcutOnMessage(CALLBACK_IDS.addLink, text, 'U0READER');
  expect(String(refused.text)).toContain('Only editors');
  expect(app.corpus.engine.articles().some((a) => a.title === STORIES.lobito.title)).toBe(false);

  const added = await shortcutOnMessage(CALLBACK_IDS.addLink, text, EDITOR, (b) =>
    /Added|Not added/.test(String(b.text)),
  );
  expect(String(added.text)).toContain(`Added *${STORIES.lobito.title}*`);
  expect(app.corpus.engine.articles().find((a) => a.title === STORIES.lobito.title)?.url).toBe(url);

  const none = await shortcutOnMessage(CALLBACK_IDS.addLink, 'no links here', EDITOR);
  expect(String(none.text)).toContain('no link');
}, 60_000);

test('minerals_ask opens a question modal; submitting it shows the answer in the modal; an empty question is an input error', async () => {
  const ack = await sendInteraction(app.t.eventsUrl, globalShortcut(CALLBACK_IDS.ask));
  expect(ack.status).toBe(200);
  const opened = await app.t.fake.waitFor(() => app.t.fake.callsTo('views.open')[0]);
  expect(opened.params.trigger_id).toBe('123.456.global');
  expect(opened.params.view).toMatchObject({ type: 'modal', callback_id: CALLBACK_IDS.askModal });

  const value = (v: string) => ({
    [ASK_MODAL_INPUT.block]: { [ASK_MODAL_INPUT.action]: { type: 'plain_text_input', value: v } },
  });
  const expected = app.corpus.engine.ask('Who hosted the Finance Ministerial?');
  const submitted = await sendInteraction(
    app.t.eventsUrl,
    viewSubmission(CALLBACK_IDS.askModal, value('Who hosted the Finance Ministerial?')),
  );
  const body = JSON.parse(submitted.body) as {
    response_action: string;
    view: { blocks: unknown[]; callback_id: string };
  };
  expect(body.response_action).toBe('update');
  expect(body.view.callback_id).toBe(CALLBACK_IDS.askModal);
  const shown = JSON.stringify(body.view.blocks);
  expect(shown).toContain(expected.citations[0]!.quote.slice(0, 30));
  expect(shown).not.toContain('"actions"');

  const empty = JSON.parse(
    (await sendInteraction(app.t.eventsUrl, viewSubmission(CALLBACK_IDS.askModal, value('  ')))).body,
  ) as { response_action: string; errors: Record<string, string> };
  expect(empty.response_action).toBe('errors');
  expect(empty.errors[ASK_MODAL_INPUT.block]).toBeTruthy();
});
