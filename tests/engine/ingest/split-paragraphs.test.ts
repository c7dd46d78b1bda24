import { splitLines, trimLine } from '../../../src/engine/ingest/split-lines.js';
import { splitParagraphs } from '../../../src/engine/ingest/split-paragraphs.js';

const blocks = (text: string) => splitParagraphs(text, splitLines(text).map(trimLine));

describe('splitParagraphs', () => {
  test('each line is a paragraph; a hard-wrapped sentence joins into one', () => {
    const text =
      'First paragraph ends here.\nIndia will host the summit on People, Planet and\nProgress.\nThe rules cover cobalt,\nnickel and lithium.\n';
    const got = blocks(text);
    expect(got.map((b) => b.text)).toEqual([
      'First paragraph ends here.',
      'India will host the summit on People, Planet and\nProgress.',
      'The rules cover cobalt,\nnickel and lithium.',
    ]);
    for (const b of got) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  test('a line ending a sentence, or followed by a bullet, does not join', () => {
    const text =
      'This collaboration is expected to lead to:\n- Cooperation on refining.\n- Joint funding for projects\nA new paragraph.';
    const got = blocks(text);
    expect(got.map((b) => [b.text, b.bullet])).toEqual([
      ['This collaboration is expected to lead to:', false],
      ['Cooperation on refining.', true],
      ['Joint funding for projects', true],
      ['A new paragraph.', false],
    ]);
  });

  test('question lines, markdown headings and "Key Points" labels are headings, not paragraphs', () => {
    const text =
      'What is the ministerial?\n\nIt is a meeting.\n\n## Why it matters\n\nSupply is thin.\n\nKey Points: the summit\n• One point\n';
    expect(blocks(text).map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'What is the ministerial?'],
      ['paragraph', 'It is a meeting.'],
      ['heading', 'Why it matters'],
      ['paragraph', 'Supply is thin.'],
      ['label', 'Key Points: the summit'],
      ['paragraph', 'One point'],
    ]);
  });

  test('a paragraph that asks and answers is not a heading', () => {
    const text = 'Why now? Because prices spiked.\n';
    expect(blocks(text)[0]!.kind).toBe('paragraph');
  });
});

test('text hard-wrapped at a fixed width joins its lines back into paragraphs', () => {
  const text = [
    'Treasury Secretary Scott Bessent hosted finance ministers from',
    'Australia, Canada and Japan in Washington on Monday to discuss',
    'supply chains for rare earth elements, officials said.',
    '',
    'The ministers agreed to meet again before the G7 summit in June',
    'and to share data on export controls imposed by China since',
    'October, according to a statement.',
  ].join('\n');
  const got = blocks(text);
  expect(got).toHaveLength(2);
  expect(got[0]!.text).toMatch(/^Treasury Secretary .* officials said\.$/s);
  expect(got[1]!.text).toMatch(/^The ministers agreed .* statement\.$/s);
});
