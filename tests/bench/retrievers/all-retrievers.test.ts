import { retrieverByName, retrieverKinds } from '../../../src/bench/retrievers/all-retrievers.js';

const docs = [
  {
    id: 'cocoa',
    text: 'Showers continued throughout the week in the Bahia cocoa zone, helping the cocoa crop.',
  },
  { id: 'oil', text: 'Crude oil prices fell as OPEC output rose in February.' },
  { id: 'bank', text: 'The central bank cut its discount rate to support the dollar.' },
  { id: 'wheat', text: 'Wheat exports to the Soviet Union rose sharply this season.' },
];

describe.each(retrieverKinds.map((k) => [k.name, k] as const))('%s', (_name, kind) => {
  test('ranks the document about the query first and honours the limit', () => {
    const retriever = kind.create();
    retriever.addAll(docs);
    expect(retriever.search('cocoa crop in Bahia', 10)[0]).toBe('cocoa');
    expect(retriever.search('OPEC crude oil', 10)[0]).toBe('oil');
    expect(retriever.search('oil bank wheat cocoa', 2)).toHaveLength(2);
    expect(retriever.search('zzzz unmatched', 10)).toEqual([]);
  });

  test('a serialised index reloads and ranks the same', () => {
    const retriever = kind.create();
    retriever.addAll(docs);
    const loaded = kind.load(retriever.serialize());
    for (const q of ['central bank dollar', 'wheat exports', 'prices rose'])
      expect(loaded.search(q, 4)).toEqual(retriever.search(q, 4));
  });
});

test('engines are found by name, unknown names are a clear error', () => {
  expect(retrieverByName('MiniSearch BM25').name).toBe('MiniSearch BM25');
  expect(() => retrieverByName('lucene')).toThrow(/unknown engine "lucene"/);
});
