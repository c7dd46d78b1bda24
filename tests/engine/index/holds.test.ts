import { analyzeText } from '../../../src/engine/index/analyze-text.js';
import { createSearchIndex, loadSearchIndex } from '../../../src/engine/index/search-index.js';
import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import { seedFiles } from '../../support/seed-engine.js';

describe('holds: a document’s terms read from the postings', () => {
  test('agrees with analysing each seed sentence, before and after removals and a save/load', async () => {
    const passages = (await seedFiles()).flatMap((file) => ingestFile(file).article?.passages ?? []);
    expect(passages.length).toBeGreaterThan(50);
    const index = createSearchIndex();
    for (const p of passages) index.add(p.id, p.text);
    // Every third sentence goes, so postings have holes before the save compacts them.
    const removed = passages.filter((_, i) => i % 3 === 0);
    for (const p of removed) index.remove(p.id, p.text);
    const kept = passages.filter((_, i) => i % 3 !== 0);
    const vocabulary = [...new Set(passages.flatMap((p) => analyzeText(p.text)))];
    for (const current of [index, loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())))]) {
      // Every (passage, term) pair, checked at once: one expect per pair made this the slowest engine test.
      const disagreements: Array<[string, string, boolean]> = [];
      for (const p of kept.slice(0, 60)) {
        const own = new Set(analyzeText(p.text));
        for (const term of vocabulary) {
          const held = current.holds(p.id, term);
          if (held !== own.has(term)) disagreements.push([p.id, term, held]);
        }
      }
      expect(disagreements).toEqual([]);
      for (const p of removed.slice(0, 20))
        expect(analyzeText(p.text).some((t) => current.holds(p.id, t))).toBe(false);
    }
  });
});
