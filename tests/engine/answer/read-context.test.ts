import { analyzeText } from '../../../src/engine/index/analyze-text.js';
import { createSearchIndex } from '../../../src/engine/index/search-index.js';
import { readContext } from '../../../src/engine/answer/read-context.js';
import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import type { Passage } from '../../../src/engine/types.js';
import { seedFiles } from '../../support/seed-engine.js';

const indexedText = (p: Passage) => (p.heading ? `${p.heading} ${p.text}` : p.text);

describe('readContext', () => {
  test('has exactly the terms of the title and paragraph analysed as one text (seed articles, wire headlines)', async () => {
    const articles = (await seedFiles()).flatMap((file) => ingestFile(file).article ?? []);
    const index = createSearchIndex();
    for (const a of articles) for (const p of a.passages) index.add(p.id, indexedText(p));
    const termsOf = (p: Passage) => ({ has: (term: string) => index.holds(p.id, term) });
    let checked = 0;
    // Checked at once: one expect per probed term made this test take seconds.
    const disagreements: Array<[string, string, boolean]> = [];
    for (const article of articles) {
      for (const passage of article.passages.slice(0, 40)) {
        const others = article.passages.filter((p) => p.paragraph === passage.paragraph && p !== passage);
        // The seeds' own titles, and the same in capitals as wire services write them.
        for (const title of [article.title, article.title.toUpperCase(), '']) {
          const joined = new Set(analyzeText([title, ...others.map((p) => p.text)].join(' ')));
          const context = readContext(title, others, termsOf, index.options);
          const probe = [...joined, ...analyzeText(passage.text), ...analyzeText(title.toLowerCase())];
          for (const term of probe)
            if (context.has(term) !== joined.has(term)) disagreements.push([title, term, context.has(term)]);
          checked++;
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  test("reads the title's terms the index keeps, not analysing it, and agrees with the analysis", async () => {
    const articles = (await seedFiles()).flatMap((file) => ingestFile(file).article ?? []);
    const disagreements: Array<[string, string]> = [];
    // The seeds' own titles, and the same in capitals as wire services write them.
    for (const cased of [(t: string) => t, (t: string) => t.toUpperCase()]) {
      const index = createSearchIndex();
      for (const a of articles)
        for (const p of a.passages)
          index.add(p.id, indexedText(p), { group: a.file, title: cased(a.title), lead: p.paragraph === 0 });
      const termsOf = (p: Passage) => ({ has: (term: string) => index.holds(p.id, term) });
      for (const article of articles) {
        const title = cased(article.title);
        for (const passage of article.passages.slice(0, 40)) {
          // Each sentence alone too: a one-sentence paragraph under a title in capitals reads the title whole.
          for (const others of [
            article.passages.filter((p) => p.paragraph === passage.paragraph && p !== passage),
            [],
          ]) {
            const kept = readContext(title, others, termsOf, index.options, (written) =>
              index.titleTermsOf(passage.id, written),
            );
            const joined = new Set(analyzeText([title, ...others.map((p) => p.text)].join(' ')));
            const probe = [
              ...joined,
              ...analyzeText(passage.text),
              ...analyzeText(title.toLowerCase()),
              'and',
              'the',
            ];
            for (const term of probe)
              if (kept.has(term) !== joined.has(term)) disagreements.push([title, term]);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  test('a context in capitals throughout is read in lower case, as analyzeText reads it', () => {
    const index = createSearchIndex();
    const shouted: Passage = { ...({} as Passage), id: 'a#1', text: 'US AND CHINA TALK', heading: null };
    index.add(shouted.id, shouted.text);
    const context = readContext('OIL PRICES RISE', [shouted], () => ({ has: () => true }), index.options);
    expect(context.has('and')).toBe(false);
    expect(context.has(analyzeText('china')[0]!)).toBe(true);
  });
});
