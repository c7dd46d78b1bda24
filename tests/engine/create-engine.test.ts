import { readFileSync } from 'node:fs';
import { createEngine, loadEngine } from '../../src/engine/create-engine.js';
import { QuestionError, type Engine } from '../../src/engine/types.js';
import { SnapshotVersionError } from '../../src/engine/snapshot/snapshot-version-error.js';
import { seedEngine, seedFiles } from '../support/seed-engine.js';

const fileText = (name: string) => readFileSync(`seeds/${name}`, 'utf8');

let seeded: Engine;
beforeAll(async () => {
  seeded = await seedEngine();
});

describe('answers on the real seed articles', () => {
  const ask = (question: string) => seeded.ask(question);

  test('every citation quotes its file verbatim at its offsets', () => {
    for (const q of [
      'Who attended the ministerial?',
      'What is Pax Silica?',
      'When will India host the AI Impact Summit?',
    ]) {
      for (const c of ask(q).citations) expect(fileText(c.article).slice(c.start, c.end)).toBe(c.quote);
    }
  });

  test('who: names, each cited by a passage that contains it', () => {
    const answer = ask('Who led the US Congressional delegation to New Delhi?');
    expect(answer.kind).toBe('person');
    expect(answer.answer).toMatch(/Mike Rogers/);
    expect(answer.citations.some((c) => c.quote.includes('Rogers'))).toBe(true);
  });

  test('when: a date stated by a cited passage, placed on the calendar', () => {
    const answer = ask('When will India host the AI Impact Summit?');
    expect(answer.kind).toBe('date');
    expect(answer.answer).toMatch(/^19–20 February 2026 \(Thursday–Friday\) \[1\]/);
    expect(answer.citations[0]!.quote).toMatch(/February 19–20/);
  });

  test('how much: an amount stated by a cited passage', () => {
    const answer = ask('How much is the rare earth magnet initiative worth?');
    expect(answer.kind).toBe('amount');
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(/7,280 crore/);
  });

  test('where: a place or venue', () => {
    const answer = ask('Where was the finance ministerial held?');
    expect(answer.kind).toBe('place');
    expect(answer.answer).toMatch(/Treasury|Washington/);
  });

  test('the two ministerials are kept apart when a question could mean either', () => {
    const answer = ask('Who attended the ministerial?');
    expect(answer.found).toBe(true);
    const labels = (answer.groups ?? []).map((g) => g.label);
    expect(labels).toEqual(expect.arrayContaining(['Finance Ministerial', 'Critical Minerals Ministerial']));
    const finance = answer.groups!.find((g) => g.label === 'Finance Ministerial')!;
    const state = answer.groups!.find((g) => g.label === 'Critical Minerals Ministerial')!;
    expect(finance.answer).toMatch(/Vaishnaw/);
    expect(state.answer).toMatch(/Jaishankar/);
    expect(finance.answer).not.toMatch(/Jaishankar/);
  });

  test('a question naming one ministerial is answered from that one only', () => {
    const answer = ask('Who attended the finance ministerial?');
    expect(answer.groups).toBeUndefined();
    expect(answer.answer).toMatch(/Vaishnaw/);
    expect(answer.answer).not.toMatch(/Jaishankar/);
  });

  test('abstains on what the articles do not cover, offering closest matches', () => {
    for (const q of [
      'What is the GDP of Brazil?',
      'Who is the chief executive of Tesla?',
      'How many electric cars were sold in India last year?',
    ]) {
      const answer = ask(q);
      expect(answer.found).toBe(false);
      expect(answer.citations).toEqual([]);
      expect(answer.answer).toMatch(/don't/);
    }
  });

  test('unusable questions raise QuestionError with a code', () => {
    const code = (q: string) => {
      try {
        ask(q);
      } catch (error) {
        return error instanceof QuestionError ? error.code : 'other';
      }
      return 'none';
    };
    expect(code('')).toBe('empty');
    expect(code('   ')).toBe('empty');
    expect(code('x'.repeat(10_000))).toBe('too_long');
    expect(code('what is the of and?')).toBe('no_terms');
    expect(code('?!?...')).toBe('no_terms');
  });
});

describe('engine lifecycle', () => {
  test('snapshot round trip answers identically', async () => {
    const { engine } = createEngine(await seedFiles());
    const copy = loadEngine(JSON.parse(JSON.stringify(engine.toJSON())));
    for (const q of ['Who attended the ministerial?', 'What did India commit to?'])
      expect(copy.ask(q)).toEqual(engine.ask(q));
    expect(copy.hashes()).toEqual(engine.hashes());
    expect(() => loadEngine({ version: -1, articles: [] })).toThrow(/version/);
  });

  test('binary snapshot round trip answers identically, and an unused restore saves the same bytes', async () => {
    const { engine } = createEngine(await seedFiles());
    const bytes = engine.toBytes();
    const copy = loadEngine(bytes);
    const questions = [
      'Who attended the ministerial?',
      'What did India commit to?',
      'When will India host the AI Impact Summit?',
      'What is Pax Silica?',
      'How much will the US invest in lithium refining?',
    ];
    for (const q of questions) expect(copy.ask(q)).toEqual(engine.ask(q));
    expect(copy.hashes()).toEqual(engine.hashes());
    expect(copy.articles()).toEqual(engine.articles());
    // Restored articles and entities nobody read are written back as the bytes they came as.
    const untouched = loadEngine(bytes);
    expect(Buffer.from(untouched.toBytes()).equals(Buffer.from(bytes))).toBe(true);
    // Read and changed, it still saves what a fresh build of the same files saves.
    for (const a of copy.articles()) copy.article(a.file);
    expect(loadEngine(copy.toBytes()).ask(questions[0]!)).toEqual(engine.ask(questions[0]!));
  });

  test('binary snapshots that are damaged, cut short or of another version are refused, never half-read', async () => {
    const { engine } = createEngine((await seedFiles()).slice(0, 3));
    const bytes = engine.toBytes();
    expect(() => loadEngine(bytes.subarray(0, bytes.byteLength - 100))).toThrow(/snapshot/);
    expect(() => loadEngine(new TextEncoder().encode('{"version":6}'))).toThrow(/not a minerals snapshot/);
    const header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(16, 16 + new DataView(bytes.buffer).getUint32(8, true))),
    );
    expect(header.version).toBeGreaterThan(5);
    // Another version: the header says so and nothing else is read.
    const older = new Uint8Array(bytes);
    const at = new TextDecoder().decode(older.subarray(0, 200)).indexOf(`"version":${header.version}`);
    older.set(new TextEncoder().encode(`"version":${header.version - 1}`), at);
    expect(() => loadEngine(older)).toThrow(/unsupported version/);
    // Told apart by type, so a caller can drop an outdated snapshot but keep a damaged one to look into.
    expect(() => loadEngine(older)).toThrow(SnapshotVersionError);
    expect(() => loadEngine(bytes.subarray(0, bytes.byteLength - 100))).not.toThrow(SnapshotVersionError);
  });

  test('upsert and remove change what can be answered', async () => {
    const { engine } = createEngine(await seedFiles());
    const question = 'Who chaired the Lithium Pricing Dialogue?';
    const before = engine.ask(question);
    const text =
      'Lithium Pricing Dialogue held in Santiago\n\nThe Lithium Pricing Dialogue was chaired by Chilean Mining Minister Aurora Williams in Santiago on 3 March 2026.\n';
    engine.upsert({ name: 'extra.txt', bytes: new TextEncoder().encode(text) });
    const after = engine.ask(question);
    expect(before.answer).not.toMatch(/Aurora Williams/);
    expect(after.found).toBe(true);
    expect(after.answer).toMatch(/Aurora Williams/);
    expect(engine.remove('extra.txt')).toBe(true);
    expect(engine.ask(question).answer).not.toMatch(/Aurora Williams/);
    expect(engine.articles()).toHaveLength(5);
  });

  test('articles list title, source, date and passage counts', () => {
    const summaries = seeded.articles();
    expect(summaries).toHaveLength(5);
    for (const s of summaries) {
      expect(s.title.length).toBeGreaterThan(10);
      expect(s.passageCount).toBeGreaterThan(3);
    }
  });
});

test('with few citations allowed, every fact stated still carries a citation number', () => {
  for (const maxCitations of [1, 2, 3]) {
    const answer = seeded.ask('Who attended the ministerial?', { maxCitations });
    expect(answer.citations.length).toBeLessThanOrEqual(maxCitations);
    const stated = answer.answer.split(/\]\s*[,.]\s*/).filter((part) => part.trim() !== '');
    for (const part of stated) expect(part).toMatch(/\[\d+(, \d+)*$|\[\d+(, \d+)*\]$/);
    for (const n of answer.answer.matchAll(/\d+(?=[\],])/g))
      expect(Number(n[0])).toBeLessThanOrEqual(answer.citations.length);
    for (const group of answer.groups ?? []) expect(group.citations.length).toBeGreaterThan(0);
  }
});
