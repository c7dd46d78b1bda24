import { analyzeAsWritten, analyzeText } from '../../../src/engine/index/analyze-text.js';
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchIndex,
} from '../../../src/engine/index/search-index.js';

// Wire titles in capitals (whole and as-written readings differ: "IN", "TO"), a mixed-case one, and a
// story whose title is no field (taken from its body).
const stories = [
  { group: 'cocoa.txt', title: 'BAHIA COCOA REVIEW', sentences: ['Showers continued in the Bahia zone.'] },
  {
    group: 'oil.txt',
    title: 'OPEC OUTPUT RISES IN FEBRUARY TO 16 MLN BPD',
    sentences: ['Output rose.', 'Prices fell.'],
  },
  { group: 'tesla.txt', title: "Tesla's India-US plans: what's next?", sentences: ['Tesla plans a plant.'] },
  { group: 'bare.txt', title: '', sentences: ['A story without a title field.'] },
];

function build(): SearchIndex {
  const index = createSearchIndex();
  for (const s of stories)
    s.sentences.forEach((text, i) =>
      index.add(`${s.group}#${i}`, text, { group: s.group, title: s.title, lead: i === 0 }),
    );
  return index;
}

const readings = (index: SearchIndex) =>
  stories.flatMap((s) =>
    s.sentences.map((_, i) => [
      index.titleTermsOf(`${s.group}#${i}`),
      index.titleTermsOf(`${s.group}#${i}`, true),
    ]),
  );

describe("the index keeps each title's terms", () => {
  test('as analyzeText and analyzeAsWritten read the title, for every passage of its article', () => {
    const index = build();
    for (const s of stories)
      s.sentences.forEach((_, i) => {
        expect(index.titleTermsOf(`${s.group}#${i}`)).toEqual(analyzeText(s.title));
        expect(index.titleTermsOf(`${s.group}#${i}`, true)).toEqual(analyzeAsWritten(s.title));
      });
    expect(analyzeAsWritten(stories[1]!.title)).not.toEqual(analyzeText(stories[1]!.title));
    expect(index.titleTermsOf('nowhere')).toBeNull();
    expect(createSearchIndex().titleTermsOf('x')).toBeNull();
  });

  test('through a binary and a JSON snapshot, and from a snapshot that kept none (they are analysed then)', () => {
    const index = build();
    const expected = readings(index);
    expect(readings(loadSearchIndex(index.toBytes()))).toEqual(expected);
    const json = JSON.parse(JSON.stringify(index.toJSON()));
    expect(readings(loadSearchIndex(json))).toEqual(expected);
    delete json.fields.titleTerms;
    delete json.fields.writtenTitleTerms;
    const older = loadSearchIndex(json);
    expect(readings(older)).toEqual(expected);
    // Saved again, it keeps them.
    expect(readings(loadSearchIndex(older.toBytes()))).toEqual(expected);
  });

  test('follow a title that changes, and leave with its article', () => {
    const index = loadSearchIndex(build().toBytes());
    index.add('cocoa.txt#0', 'Showers continued.', {
      group: 'cocoa.txt',
      title: 'COCOA SHOWERS',
      lead: true,
    });
    expect(index.titleTermsOf('cocoa.txt#0')).toEqual(analyzeText('COCOA SHOWERS'));
    expect(index.titleTermsOf('cocoa.txt#0', true)).toEqual(analyzeAsWritten('COCOA SHOWERS'));
    index.remove('cocoa.txt#0');
    expect(index.titleTermsOf('cocoa.txt#0')).toBeNull();
    expect(loadSearchIndex(index.toBytes()).titleTermsOf('oil.txt#1', true)).toEqual(
      analyzeAsWritten(stories[1]!.title),
    );
  });
});
