import { readdirSync, readFileSync } from 'node:fs';
import { buildLexicon, findEntities, type Entity } from '../../../src/engine/entities/find-entities.js';

const texts = readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8'));
const names = (entities: Entity[], type: Entity['type']) =>
  new Set(entities.filter((e) => e.type === type).map((e) => e.text));

test('people introduced by a role before or after the name', () => {
  const people = names(
    texts.flatMap((t) => findEntities(t)),
    'person',
  );
  for (const name of [
    'Scott Bessent',
    'Jamieson Greer',
    'Michael Kratsios',
    'Vinay Kwatra',
    'Sergio Gor',
    'S Jaishankar',
    'Mike Rogers',
    'Marco Rubio',
  ]) {
    expect(people).toContain(name);
  }
});

test('the lexicon recognises a known name without a title, and a bare surname', () => {
  const lexicon = buildLexicon(texts.flatMap((t) => findEntities(t)));
  const found = findEntities(
    'Ashwini Vaishnaw highlighted the corridors. Later, Bessent said more.',
    lexicon,
  );
  expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
    'Ashwini Vaishnaw',
    'Scott Bessent',
  ]);
  for (const e of found)
    expect(
      'Ashwini Vaishnaw highlighted the corridors. Later, Bessent said more.'.slice(e.start, e.end),
    ).toBe(e.text);
});

test('countries, organisations and events', () => {
  const all = findEntities(texts.join('\n'));
  for (const place of ['Australia', 'South Korea', 'EU', 'New Delhi'])
    expect(names(all, 'place')).toContain(place);
  for (const org of ['US Treasury', 'House Armed Services Committee', 'USISPF'])
    expect(names(all, 'org')).toContain(org);
  for (const event of ['Finance Ministerial', 'Critical Minerals Ministerial', 'India-AI Impact Summit'])
    expect(names(all, 'event')).toContain(event);
});

test('dates and amounts with offsets into the text', () => {
  const text = 'On 12 January 2026 they met; the summit is on February 19–20 and costs ₹7,280 crore, up 25%.';
  const found = findEntities(text);
  for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  expect(names(found, 'date')).toEqual(new Set(['12 January 2026', 'February 19–20']));
  expect(names(found, 'amount')).toEqual(new Set(['₹7,280 crore', '25%']));
});

test('sentence-initial words and months are not names', () => {
  const found = findEntities('The meeting ended. During January, nothing happened.');
  expect(found.filter((e) => e.type !== 'date')).toEqual([]);
});
