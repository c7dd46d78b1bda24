import { readFileSync } from 'node:fs';
import { analyzeText } from '../../../src/engine/index/analyze-text.js';
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchIndex,
} from '../../../src/engine/index/search-index.js';

// Two wire stories: the first one's title shares no word with its body's opening line.
const stories = [
  {
    group: 'cocoa.txt',
    title: 'BAHIA COCOA REVIEW',
    sentences: ['Showers continued throughout the week in the Bahia zone.', 'Arrivals reached 1.2 mln bags.'],
  },
  {
    group: 'oil.txt',
    title: 'OPEC OUTPUT RISES IN FEBRUARY',
    sentences: [
      'Crude output by members of the cartel rose.',
      'Bahia and other ports shipped more cocoa this week.',
    ],
  },
];

function build(options = {}): SearchIndex {
  const index = createSearchIndex(options);
  for (const story of stories) {
    story.sentences.forEach((text, i) =>
      index.add(`${story.group}#${i}`, text, { group: story.group, title: story.title, lead: i === 0 }),
    );
  }
  return index;
}

describe('title field (BM25F-style)', () => {
  test('a headline finds its article by the title, shown by the lead passage', () => {
    expect(build().search('Bahia cocoa review')[0]?.id).toBe('cocoa.txt#0');
    expect(build().search('OPEC output rises')[0]?.id).toBe('oil.txt#0');
  });

  test("with the title weighed at zero, the same words in another article's body win", () => {
    expect(build({ titleWeight: 0 }).search('Bahia cocoa review')[0]?.id).toBe('oil.txt#1');
  });

  test('a term only titles hold is known to the index, and every passage knows its title', () => {
    const index = build();
    expect(index.idf(analyzeText('review')[0]!)).toBeGreaterThan(0);
    expect(index.titleOf('oil.txt#1')).toBe('OPEC OUTPUT RISES IN FEBRUARY');
    expect(index.titleOf('nowhere')).toBeNull();
  });

  test('the title leaves with the last passage of its article', () => {
    const index = build();
    index.remove('cocoa.txt#0');
    expect(index.search('cocoa review')[0]?.id).toBe('cocoa.txt#1');
    index.remove('cocoa.txt#1');
    expect(index.search('review')).toEqual([]);
    expect(index.idf(analyzeText('review')[0]!)).toBe(0);
  });

  test('titles and leads survive a JSON round trip, also after removals', () => {
    const index = build();
    index.remove('oil.txt#0');
    const copy = loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())));
    for (const q of ['Bahia cocoa review', 'OPEC output', 'cocoa this week']) {
      expect(copy.search(q)).toEqual(index.search(q));
    }
    expect(copy.titleOf('oil.txt#1')).toBe('OPEC OUTPUT RISES IN FEBRUARY');
    copy.add('oil.txt#0', 'Crude output by members of the cartel rose.', {
      group: 'oil.txt',
      title: 'OPEC OUTPUT RISES IN FEBRUARY',
      lead: true,
    });
    expect(copy.search('OPEC output rises')[0]?.id).toBe('oil.txt#0');
  });

  test('a restored index shows a title-only match by its first lead passage, as the built one does', () => {
    // A story whose lead is its third passage, and whose body holds none of the title's words.
    const index = createSearchIndex();
    ['Traders were quiet.', 'Nothing moved before noon.', 'Lead sentence here.', 'Closing remark.'].forEach(
      (text, i) =>
        index.add(`wire.txt#${i}`, text, { group: 'wire.txt', title: 'ZINC SMELTER STRIKE', lead: i === 2 }),
    );
    index.add('other.txt#0', 'Zinc prices rose.', { group: 'other.txt', title: 'METALS WRAP', lead: true });
    const [fromBytes, fromJSON] = [
      loadSearchIndex(index.toBytes()),
      loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON()))),
    ];
    for (const copy of [index, fromBytes, fromJSON]) {
      expect(copy.search('smelter strike').map((h) => h.id)).toEqual(['wire.txt#2']);
      expect(copy.search('zinc smelter strike')).toEqual(index.search('zinc smelter strike'));
    }
  });

  test('titles find their own articles after articles come, go and change title (titles then numbered apart from their articles)', () => {
    const index = createSearchIndex();
    const add = (group: string, title: string, text: string, n = 0) =>
      index.add(`${group}#${n}`, text, { group, title, lead: n === 0 });
    add('a.txt', 'ALPHA NICKEL MINE', 'A quiet week.');
    add('b.txt', 'BRAVO COBALT DEAL', 'Talks went on.');
    add('b.txt', 'BRAVO COBALT DEAL', 'No date was set.', 1);
    add('c.txt', 'CHARLIE LITHIUM PLANT', 'Work began.');
    // The article keeps its number, its title is indexed anew (under the next title number).
    add('b.txt', 'BRAVO COBALT ACCORD', 'Talks ended.');
    add('d.txt', 'DELTA GRAPHITE PORT', 'Ships waited.');
    index.remove('a.txt#0');
    add('e.txt', 'ECHO NICKEL SMELTER', 'Prices held.');
    const copies = [
      index,
      loadSearchIndex(index.toBytes()),
      loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON()))),
    ];
    for (const copy of copies)
      for (const [query, id] of [
        ['cobalt accord', 'b.txt#0'],
        ['lithium plant', 'c.txt#0'],
        ['graphite port', 'd.txt#0'],
        ['nickel smelter', 'e.txt#0'],
      ] as const)
        for (let twice = 0; twice < 2; twice++) expect(copy.search(query)[0]?.id).toBe(id);
    expect(index.search('alpha nickel mine').map((h) => h.id)).not.toContain('a.txt#0');
  });

  test('a real seed headline finds its article', () => {
    const text = readFileSync('seeds/002_a38ee5b1dece2603.txt', 'utf8');
    const [title, ...rest] = text.split('\n').filter((line) => line.trim() !== '');
    const index = createSearchIndex();
    rest.forEach((line, i) => index.add(`seed#${i}`, line, { group: 'seed', title: title!, lead: i === 0 }));
    index.add('other#0', 'India and the US discussed supply chain resilience for critical minerals.', {
      group: 'other',
      title: 'Other news',
      lead: true,
    });
    expect(index.search(title!)[0]?.id.startsWith('seed#')).toBe(true);
  });
});

describe('analysis of text in capitals', () => {
  test('a headline in capitals is analysed as lower case: its AND and OF are stop words', () => {
    expect(analyzeText('ESQUIRE RADIO AND ELECTRONICS')).toEqual(
      analyzeText('esquire radio and electronics'),
    );
    expect(analyzeText('ESQUIRE RADIO AND ELECTRONICS')).not.toContain('and');
  });
  test('acronyms inside ordinary text stay acronyms', () => {
    expect(analyzeText('What does the US want')).toContain('us');
    expect(analyzeText('IMF')).toEqual(['imf']);
  });
});
