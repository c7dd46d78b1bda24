import { createEngine, loadEngine } from '../../../src/engine/create-engine.js';
import type { ArticleDerivedJSON } from '../../../src/engine/derived/create-derived-data.js';
import type { Engine, EngineSnapshot, SourceFile } from '../../../src/engine/types.js';
import { seedFiles } from '../../support/seed-engine.js';

const encoder = new TextEncoder();
const file = (name: string, text: string): SourceFile => ({ name, bytes: encoder.encode(text), mtimeMs: 1 });

// Names and an event no seed article mentions, so adding them changes no other article's reading.
const NEW = file(
  'zz-new.txt',
  'Quorvian cobalt ministerial ends with pledge\n\nThe Quorvian Cobalt Ministerial was attended by Minister Elspeth Varnadottir on Monday.\n\nVarnadottir said refiners would share data.\n',
);
const CHANGED = file(
  'zz-new.txt',
  'Quorvian cobalt talks move on\n\nThe Quorvian Cobalt Summit heard Secretary Obadiah Kestrel on Tuesday.\n\nKestrel said a second round would follow.\n',
);

/** Every article's persisted derived data, as JSON text, by file. */
function derivedByFile(engine: Engine): Map<string, string> {
  return new Map(engine.articles().map((a) => [a.file, JSON.stringify(engine.derivedOf(a.file))]));
}

/**
 * The same without the similarity terms, whose weights follow corpus statistics (idf) at the time they were
 * taken.
 */
function readingsByFile(engine: Engine): Map<string, string> {
  return new Map(
    engine
      .articles()
      .map((a) => [
        a.file,
        JSON.stringify({ ...(engine.derivedOf(a.file) as ArticleDerivedJSON), terms: undefined }),
      ]),
  );
}

function expectOthersUnchanged(
  before: Map<string, string>,
  after: Map<string, string>,
  except: string,
): void {
  for (const [name, derived] of before)
    if (name !== except) expect({ name, derived: after.get(name) }).toEqual({ name, derived });
}

const names = (engine: Engine, name: string) =>
  engine.article(name)!.passages.flatMap((p) =>
    engine
      .entitiesOf(p.id)
      .filter((e) => e.type === 'person')
      .map((e) => e.name),
  );
const labels = (engine: Engine, name: string) =>
  engine.article(name)!.passages.map((p) => engine.eventOf(p.id));

let seeds: SourceFile[];
beforeAll(async () => {
  seeds = await seedFiles();
});

test("adding, changing and deleting one article updates its entities and labels and no other article's", () => {
  const { engine } = createEngine(seeds);
  const original = derivedByFile(engine);

  engine.upsert(NEW);
  expect(names(engine, NEW.name)).toEqual(['Elspeth Varnadottir', 'Elspeth Varnadottir']);
  expect(labels(engine, NEW.name)).toEqual(['Quorvian Cobalt Ministerial', 'Quorvian Cobalt Ministerial']);
  const added = derivedByFile(engine);
  expectOthersUnchanged(original, added, NEW.name);

  engine.upsert(CHANGED);
  expect(names(engine, CHANGED.name)).toEqual(['Obadiah Kestrel', 'Obadiah Kestrel']);
  expect(labels(engine, CHANGED.name)).toEqual(['Quorvian Cobalt Summit', 'Quorvian Cobalt Summit']);
  expectOthersUnchanged(original, derivedByFile(engine), CHANGED.name);

  engine.remove(CHANGED.name);
  expect(engine.derivedOf(CHANGED.name)).toBeUndefined();
  expect(derivedByFile(engine)).toEqual(original);
});

test('a change ends where a cold build over the same files ends (lexicon by delta, labels per article)', () => {
  const { engine } = createEngine(seeds);
  engine.upsert(NEW);
  engine.upsert(CHANGED);
  const cold = createEngine([...seeds, CHANGED]).engine;
  expect(readingsByFile(engine)).toEqual(readingsByFile(cold));
  engine.remove(seeds[0]!.name);
  const coldWithout = createEngine([...seeds.slice(1), CHANGED]).engine;
  expect(readingsByFile(engine)).toEqual(readingsByFile(coldWithout));
});

test('a name the new article teaches the lexicon re-resolves the passages that mention it, only those', () => {
  const lone = file('zz-lone.txt', 'Refinery plans\n\nKestrel said the refinery would open in 2027.\n');
  const { engine } = createEngine([...seeds, lone]);
  const before = derivedByFile(engine);
  expect(names(engine, lone.name)).not.toContain('Obadiah Kestrel');
  engine.upsert(CHANGED);
  // "Kestrel" is now known as Obadiah Kestrel's surname: the lone article's reading follows; the seeds' do
  // not move.
  expect(names(engine, lone.name)).toContain('Obadiah Kestrel');
  expectOthersUnchanged(before, derivedByFile(engine), lone.name);
  engine.remove(CHANGED.name);
  expect(names(engine, lone.name)).not.toContain('Obadiah Kestrel');
});

describe('a restart', () => {
  test("reuses every article's persisted entities and labels instead of recomputing them", () => {
    const { engine } = createEngine([...seeds, NEW]);
    const snapshot = JSON.parse(JSON.stringify(engine.toJSON())) as EngineSnapshot;
    // Mark one article's saved labels: a restart that recomputed them would lose the mark.
    const saved = (snapshot.derived as { articles: Record<string, ArticleDerivedJSON> }).articles[NEW.name]!;
    saved.labels = saved.labels.map(() => 'Marked Ministerial');
    const restored = loadEngine(snapshot);
    expect(labels(restored, NEW.name)).toEqual(['Marked Ministerial', 'Marked Ministerial']);
    const unmarked = derivedByFile(engine);
    unmarked.delete(NEW.name);
    expectOthersUnchanged(unmarked, derivedByFile(restored), NEW.name);
    expect(restored.ask('Who attended the Quorvian Cobalt Ministerial?').answer).toMatch(
      /Elspeth Varnadottir/,
    );
  });

  test("a binary snapshot carries every article's derived data as saved, without recomputing it", () => {
    const { engine } = createEngine([...seeds, NEW]);
    const snapshot = JSON.parse(JSON.stringify(engine.toJSON())) as EngineSnapshot;
    const saved = (snapshot.derived as { articles: Record<string, ArticleDerivedJSON> }).articles[NEW.name]!;
    saved.labels = saved.labels.map(() => 'Marked Ministerial');
    // The mark survives JSON -> engine -> bytes -> engine: what the bytes restore is what was saved.
    const restored = loadEngine(loadEngine(snapshot).toBytes());
    expect(labels(restored, NEW.name)).toEqual(['Marked Ministerial', 'Marked Ministerial']);
    const unmarked = derivedByFile(engine);
    unmarked.delete(NEW.name);
    expectOthersUnchanged(unmarked, derivedByFile(restored), NEW.name);
    // A change after the restore updates its own article and no other's.
    const before = derivedByFile(restored);
    restored.upsert(CHANGED);
    expect(labels(restored, NEW.name)).not.toContain('Marked Ministerial');
    expectOthersUnchanged(before, derivedByFile(restored), NEW.name);
  });

  test('recomputes derived data saved by a different entity finder, and keeps the text and index', () => {
    const { engine } = createEngine([...seeds, NEW]);
    const snapshot = JSON.parse(JSON.stringify(engine.toJSON())) as EngineSnapshot;
    const derived = snapshot.derived as { fingerprint: string; articles: Record<string, ArticleDerivedJSON> };
    derived.articles[NEW.name]!.labels = derived.articles[NEW.name]!.labels.map(() => 'Marked Ministerial');
    derived.fingerprint = 'an older entity finder';
    const restored = loadEngine(snapshot);
    expect(labels(restored, NEW.name)).toEqual([
      'Quorvian Cobalt Ministerial',
      'Quorvian Cobalt Ministerial',
    ]);
    expect(derivedByFile(restored)).toEqual(derivedByFile(engine));
  });
});
