import { readFrontMatter } from '../../../src/engine/ingest/read-front-matter.js';
import { splitLines } from '../../../src/engine/ingest/split-lines.js';

const read = (text: string) => readFrontMatter(splitLines(text));

describe('readFrontMatter', () => {
  test('reads key: value lines between fences, values may contain colons', () => {
    const fm = read(
      '---\ntitle: "Lithium: the new oil"\nurl: https://example.com/a?b=c\npublished: 2026-01-13\n---\nBody.\n',
    );
    expect(fm.fields).toEqual({
      title: 'Lithium: the new oil',
      url: 'https://example.com/a?b=c',
      published: '2026-01-13',
    });
    expect(fm.bodyLine).toBe(5);
  });

  test('no front matter without an opening fence, a closing fence, or with a non key-value line', () => {
    expect(read('Title\n---\nBody\n')).toEqual({ fields: {}, bodyLine: 0 });
    expect(read('---\ntitle: x\nBody text without a fence.\n')).toEqual({ fields: {}, bodyLine: 0 });
    expect(read('---\nJust a horizontal rule in text.\n---\n')).toEqual({ fields: {}, bodyLine: 0 });
  });
});
