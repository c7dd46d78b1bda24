import { ACTION_IDS } from '../../../src/slack/action-ids.js';
import { createEngine, type Engine } from '../../../src/engine/index.js';
import { SLACK_LIMITS } from '../../../src/slack/render/slack-limits.js';
import { sendButton, sendSlashCommand } from '../support/send-signed.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const ARTICLES = 400;
let engine: Engine;
let t: TestApp;
let seq = 0;

beforeAll(async () => {
  const files = Array.from({ length: ARTICLES }, (_, i) => ({
    name: `${String(i).padStart(3, '0')}_note.txt`,
    bytes: new TextEncoder().encode(
      `Cobalt market note number ${i} with a long headline about refinery output\n\nRefinery ${i} in Kolwezi shipped ${i + 10} tonnes of cobalt hydroxide this week, the operator said.\n`,
    ),
  }));
  engine = createEngine(files).engine;
  t = await startTestApp({ engine });
});
afterAll(() => t.close());

type Block = {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id: string; value: string }>;
};

function check(blocks: Block[]) {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  for (const block of blocks)
    if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
}

const filesIn = (blocks: Block[]) =>
  blocks.flatMap((b) => [...(b.text?.text ?? '').matchAll(/`(\d{3}_note\.txt)`/g)].map((m) => m[1]!));
const button = (blocks: Block[], actionId: string) =>
  blocks.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === actionId);

async function click(actionId: string, value: string): Promise<Block[]> {
  const id = `page${++seq}`;
  await sendButton(t.eventsUrl, { actionId, value, responseUrl: t.fake.responseUrl(id) });
  const body = (await t.fake.waitFor(() => t.fake.responsesTo(id)[0])).body;
  expect(body.replace_original).toBe(true);
  return body.blocks as Block[];
}

test('/minerals sources at 400 articles pages through every article once, forwards and back, each page within limits', async () => {
  await sendSlashCommand(t.eventsUrl, { text: 'sources', responseUrl: t.fake.responseUrl('first') });
  let blocks = (await t.fake.waitFor(() => t.fake.responsesTo('first')[0])).body.blocks as Block[];
  expect(blocks[0]?.text?.text).toMatch(/400 articles in the corpus\*, newest first · page 1 of \d+/);
  expect(button(blocks, ACTION_IDS.sourcesPrevious)).toBeUndefined();

  const seen: string[] = [];
  const pages: string[][] = [];
  for (;;) {
    check(blocks);
    const files = filesIn(blocks);
    expect(files.length).toBeGreaterThan(0);
    pages.push(files);
    seen.push(...files);
    const next = button(blocks, ACTION_IDS.sourcesNext);
    if (!next) break;
    blocks = await click(ACTION_IDS.sourcesNext, next.value);
  }
  expect(seen).toHaveLength(ARTICLES);
  expect(new Set(seen)).toEqual(new Set(engine.articles().map((a) => a.file)));
  expect(seen).toEqual(engine.articles().map((a) => a.file));

  const previous = button(blocks, ACTION_IDS.sourcesPrevious);
  expect(previous).toBeDefined();
  expect(filesIn(await click(ACTION_IDS.sourcesPrevious, previous!.value))).toEqual(pages[pages.length - 2]);
});
