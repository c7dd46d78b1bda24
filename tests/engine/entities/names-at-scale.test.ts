import { readReuters, type ReutersStory } from '../../../src/bench/data/read-reuters.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import { buildLexicon, findEntities } from '../../../src/engine/entities/find-entities.js';
import { placeNames } from '../../../src/engine/entities/name-lists.js';
import type { Engine } from '../../../src/engine/types.js';
import { seedFiles } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

// Reuters-21578 is read from the shared bench folder, never copied into the repository.
const REUTERS = new URL('../../../../shared/bench/reuters21578', import.meta.url).pathname;
let stories: ReutersStory[];
let engine: Engine;

beforeAll(async () => {
  stories = (await readReuters(REUTERS, { maxFiles: 3 })).slice(0, 2000);
  const reuters = stories.map((s) => syntheticArticle(`reuters-${s.id}.txt`, `${s.title}\n\n${s.body}`));
  engine = createEngine([...(await seedFiles()), ...reuters]).engine;
}, 60_000);

describe('a name lexicon learned from 2,000 unrelated Reuters stories', () => {
  test('learns no place as a person or organisation, and no name across lines or from a shouted headline', () => {
    const lexicon = buildLexicon(stories.flatMap((s) => findEntities(`${s.title}\n\n${s.body}`)));
    expect(lexicon.size).toBeGreaterThan(500);
    const wrong = [...lexicon].filter(
      ([key, entry]) =>
        placeNames.has(key) ||
        /\n/.test(entry.name) ||
        (entry.type === 'person' && /\b\p{Lu}{3,}\b/u.test(entry.name)),
    );
    expect(wrong).toEqual([]);
    // A country in a seed sentence is still a country.
    const text = 'Finance ministers from Japan, Mexico and the UK attended the meeting.';
    expect(findEntities(text, lexicon).filter((e) => e.type !== 'place')).toEqual([]);
  });

  test('"who attended the ministerial?" names only people and bodies its cited sentences name as such', () => {
    const answer = engine.ask('who attended the ministerial?');
    expect(answer.found).toBe(true);
    const named = answer.answer
      .match(/[^,:;.[\]]+?(?= \[)/g)!
      .map((n) => n.trim().replace(/^hosted by /, ''));
    expect(named.length).toBeGreaterThan(3);
    const quotes = answer.citations.map((c) => c.quote).join(' ');
    for (const name of named) expect(quotes).toContain(name);
    expect(answer.answer).not.toMatch(/Securities|Japan (?!\[)/);
    expect(answer.answer).toMatch(/Ashwini Vaishnaw/);
  });
});

describe('words that are not names', () => {
  test('common words in capitals and wire credits are not names', () => {
    const text = '(CNN) -- EVEN after DNA tests, the CEO said the firm would sell. (Reuters) - Shares fell.';
    expect(findEntities(text).filter((e) => e.type !== 'date' && e.type !== 'amount')).toEqual([]);
  });

  test('an acronym after its expansion is an organisation; enumerated banks stay apart', () => {
    const text =
      'The Lithium Producers Forum (LPF) met executives of the Export-Import Bank of the US and JP Morgan.';
    const orgs = findEntities(text)
      .filter((e) => e.type === 'org')
      .map((e) => e.text);
    expect(orgs).toEqual(['Lithium Producers Forum', 'LPF', 'Export-Import Bank of the US', 'JP Morgan']);
  });
});
